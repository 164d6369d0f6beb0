package org.govexchange.exchange.node;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.Heartbeat;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.exchange.security.DepartmentTopicReader;
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

    private final NodeService nodes;
    private final DepartmentTopicReader<Heartbeat> heartbeats;

    HeartbeatListener(NodeService nodes, MeterRegistry meters) {
        this.nodes = nodes;
        this.heartbeats = new DepartmentTopicReader<>(
                Topics.HEARTBEAT_PREFIX,
                Heartbeat.class,
                beat -> beat.nodeId().length() <= 64 && beat.departmentCode().length() <= 18,
                Heartbeat::departmentCode,
                "gx.exchange.heartbeats",
                meters);
    }

    // metadata.max.age.ms: see ReceiptListener (a new department's topic is seen within 5 s).
    @KafkaListener(
            id = GROUP,
            topicPattern = "gx\\.node\\.heartbeat\\..+",
            properties = {"auto.offset.reset=earliest", "metadata.max.age.ms=5000"},
            autoStartup = "${gx.exchange.nodes.heartbeats-auto-startup:true}")
    void onHeartbeat(ConsumerRecord<String, String> message) {
        Optional<Heartbeat> heartbeat = heartbeats.read(message);
        if (heartbeat.isEmpty()) {
            return;
        }
        if (!nodes.beat(heartbeat.get())) {
            heartbeats.forged(
                    "heartbeat on {} names node {}, which belongs to another department: dropped as forged",
                    message.topic(),
                    heartbeat.get().nodeId());
            return;
        }
        heartbeats.count("recorded");
    }
}
