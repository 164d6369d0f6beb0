package org.govexchange.exchange.node;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Heartbeat;
import org.govexchange.contracts.exchange.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code gx.node.heartbeat.<dept>}. Only department D's principal may write {@code gx.node.heartbeat.D},
 * so the topic names the sender: a beat claiming another department, or another department's node id, is
 * dropped and counted as forged.
 */
@Component
class HeartbeatListener {

    static final String GROUP = "gx-hub-heartbeat";

    private static final Logger log = LoggerFactory.getLogger(HeartbeatListener.class);

    private final NodeService nodes;
    private final MeterRegistry meters;

    HeartbeatListener(NodeService nodes, MeterRegistry meters) {
        this.nodes = nodes;
        this.meters = meters;
    }

    // metadata.max.age.ms: see ReceiptListener (a new department's topic is seen within 5 s).
    @KafkaListener(
            id = GROUP,
            topicPattern = "gx\\.node\\.heartbeat\\..+",
            properties = {"auto.offset.reset=earliest", "metadata.max.age.ms=5000"},
            autoStartup = "${gx.exchange.nodes.heartbeats-auto-startup:true}")
    void onHeartbeat(ConsumerRecord<String, String> message) {
        Optional<String> topicDepartment = Topics.departmentOf(message.topic(), Topics.HEARTBEAT_PREFIX);
        if (topicDepartment.isEmpty()) {
            forged("heartbeat on {}, which is no department's heartbeat topic: dropped", message.topic());
            return;
        }
        Heartbeat heartbeat;
        try {
            heartbeat = ExchangeJson.decode(
                    message.value() == null ? new byte[0] : message.value().getBytes(StandardCharsets.UTF_8),
                    Heartbeat.class);
        } catch (IllegalArgumentException e) {
            log.warn("unreadable heartbeat on {} skipped: {}", message.topic(), e.getMessage());
            meters.counter("gx.exchange.heartbeats", "outcome", "malformed").increment();
            return;
        }
        if (heartbeat.nodeId().length() > 64 || heartbeat.departmentCode().length() > 18) {
            log.warn("heartbeat with an over-long node id or department code skipped");
            meters.counter("gx.exchange.heartbeats", "outcome", "malformed").increment();
            return;
        }
        if (!topicDepartment.get().equals(heartbeat.departmentCode())) {
            forged(
                    "heartbeat of node {} claims department {} but came on {}: dropped as forged",
                    heartbeat.nodeId(),
                    heartbeat.departmentCode(),
                    message.topic());
            return;
        }
        if (!nodes.beat(heartbeat)) {
            forged(
                    "heartbeat on {} names node {}, which belongs to another department: dropped as forged",
                    message.topic(),
                    heartbeat.nodeId());
            return;
        }
        meters.counter("gx.exchange.heartbeats", "outcome", "recorded").increment();
    }

    private void forged(String format, Object... arguments) {
        log.warn(format, arguments);
        meters.counter("gx.exchange.heartbeats", "outcome", "forged").increment();
    }
}
