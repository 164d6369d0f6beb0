package org.govexchange.node.broker;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The node's one producer (uplink batches, receipts, heartbeats). Closed after the senders stopped, since
 * Spring destroys beans after it stopped the lifecycle components that use them.
 */
@Component
public class NodeProducer implements DisposableBean {

    private final Producer<String, byte[]> producer;

    public NodeProducer(BrokerClients clients) {
        this.producer = clients.newProducer(Map.of());
    }

    public Producer<String, byte[]> producer() {
        return producer;
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }
}
