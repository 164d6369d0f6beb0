package org.govexchange.exchange.batch;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.Receipt;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.exchange.security.DepartmentTopicReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code gx.receipt.<dept>}: the first receipt of a delivery marks it DELIVERED. Only department D's
 * principal may write {@code gx.receipt.D}, so the topic names the sender: a receipt claiming another department
 * is a forgery and is dropped. A receipt only ever marks a delivery to its own department (see
 * {@link BatchService#receipt}), so a department cannot mark another's batch either.
 */
@Component
class ReceiptListener {

    static final String GROUP = "gx-hub-receipt";

    private static final Logger log = LoggerFactory.getLogger(ReceiptListener.class);

    private final BatchService batches;
    private final DepartmentTopicReader<Receipt> receipts;

    ReceiptListener(BatchService batches, MeterRegistry meters) {
        this.batches = batches;
        this.receipts = new DepartmentTopicReader<>(
                Topics.RECEIPT_PREFIX,
                Receipt.class,
                r -> true,
                Receipt::departmentCode,
                "gx.exchange.receipts",
                meters);
    }

    // A pattern subscription sees a department's topic only after a metadata refresh: 5 s instead of Kafka's
    // 5 min, so a newly registered department's first receipts are not held back (one metadata request per 5 s).
    @KafkaListener(
            id = GROUP,
            topicPattern = "gx\\.receipt\\..+",
            properties = {"auto.offset.reset=earliest", "isolation.level=read_committed", "metadata.max.age.ms=5000"},
            autoStartup = "${gx.exchange.receipts-auto-startup:true}")
    void onReceipt(ConsumerRecord<String, String> message) {
        Optional<Receipt> read = receipts.read(message);
        if (read.isEmpty()) {
            return;
        }
        Receipt receipt = read.get();
        boolean first = batches.receipt(receipt);
        receipts.count(first ? "recorded" : "repeated_or_unknown");
        if (!receipt.failed().isEmpty() && first) {
            log.warn(
                    "batch {} delivered to {} with {} failed records",
                    receipt.batchId(),
                    receipt.departmentCode(),
                    receipt.failed().size());
        }
    }
}
