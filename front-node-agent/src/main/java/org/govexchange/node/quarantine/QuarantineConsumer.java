package org.govexchange.node.quarantine;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.broker.BrokerClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code gx.quarantine.<dept>} on a provider node (one that publishes), in the consumer group
 * {@code gx-node-<dept>.<nodeId>.quarantine}. The offset is committed after the notice is stored; when the store is
 * down, the same notice is retried with backoff. A notice that is not readable is logged and skipped: it would
 * never become readable.
 */
@Component
public class QuarantineConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QuarantineConsumer.class);

    private final NodeProperties node;
    private final BrokerClients clients;
    private final QuarantineService quarantine;
    private final JsonMapper json;
    private final String topic;
    private volatile ConcurrentMessageListenerContainer<String, byte[]> container;

    QuarantineConsumer(NodeProperties node, BrokerClients clients, QuarantineService quarantine, JsonMapper json) {
        this.node = node;
        this.clients = clients;
        this.quarantine = quarantine;
        this.json = json;
        this.topic = Topics.quarantine(node.departmentCode());
    }

    /** The consumer group: within the {@code gx-node-<dept>.} prefix the department's principal may use. */
    public static String group(NodeProperties node) {
        return BrokerClients.groupPrefix(node) + node.nodeId() + ".quarantine";
    }

    void onMessage(ConsumerRecord<String, byte[]> message) {
        QuarantineNotice notice;
        try {
            notice = json.readValue(message.value(), QuarantineNotice.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            log.error(
                    "unreadable quarantine notice at {}-{}@{} skipped: {}",
                    topic,
                    message.partition(),
                    message.offset(),
                    e.getMessage());
            return;
        }
        if (notice.batchId() == null || notice.batchId().length() > 64) {
            log.error(
                    "quarantine notice at {}-{}@{} without a usable batch id skipped",
                    topic,
                    message.partition(),
                    message.offset());
            return;
        }
        if (notice.providerCode() != null && !node.departmentCode().equals(notice.providerCode())) {
            log.error("quarantine notice for {} on this department's topic skipped", notice.providerCode());
            return;
        }
        quarantine.received(notice);
    }

    @Override
    public void start() {
        if (node.publish().isEmpty()) {
            return;
        }
        Map<String, Object> config = clients.consumerConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group(node));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gx-node-" + node.nodeId() + "-quarantine");
        container = clients.startListener("gx-quarantine", config, topic, this::onMessage);
    }

    @Override
    public void stop() {
        var running = container;
        if (running != null) {
            running.stop();
            container = null;
        }
    }

    @Override
    public boolean isRunning() {
        return container != null;
    }
}
