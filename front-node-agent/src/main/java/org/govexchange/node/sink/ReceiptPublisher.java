package org.govexchange.node.sink;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.broker.NodeProducer;
import org.springframework.stereotype.Component;

/**
 * Sends receipts to {@code gx.receipt.<dept>} (key = batch id) and waits for the acknowledgement. Only this
 * department's principal may write that topic, which is how the hub knows who sent a receipt.
 */
@Component
public class ReceiptPublisher {

    private final NodeProducer producer;
    private final long timeoutMillis;
    private final String topic;

    public ReceiptPublisher(NodeProducer producer, NodeProperties node) {
        this.producer = producer;
        this.timeoutMillis = node.sender().sendTimeout().toMillis() + 5_000;
        this.topic = Topics.receipt(node.departmentCode());
    }

    /**
     * Sends a receipt's JSON (as stored with its batch, so a redelivery repeats it byte for byte).
     *
     * @throws ReceiptNotSentException when the broker did not acknowledge; the batch is redelivered and retried
     */
    void send(String batchId, byte[] json) {
        try {
            producer.producer()
                    .send(new ProducerRecord<>(topic, batchId, json))
                    .get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new ReceiptNotSentException(batchId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReceiptNotSentException(batchId, e);
        }
    }

    /** The receipt of an applied batch did not reach the broker. */
    public static class ReceiptNotSentException extends RuntimeException {
        ReceiptNotSentException(String batchId, Throwable cause) {
            super("the receipt of batch " + batchId + " was not acknowledged: " + cause, cause);
        }
    }
}
