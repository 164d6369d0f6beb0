package org.govexchange.exchange.node;

import java.nio.charset.StandardCharsets;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Heartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes {@code gx.node.heartbeat}. */
@Component
class HeartbeatListener {

    static final String GROUP = "gx-hub-heartbeat";

    private static final Logger log = LoggerFactory.getLogger(HeartbeatListener.class);

    private final NodeService nodes;

    HeartbeatListener(NodeService nodes) {
        this.nodes = nodes;
    }

    @KafkaListener(
            id = GROUP,
            topics = "gx.node.heartbeat",
            properties = {"auto.offset.reset=earliest"},
            autoStartup = "${gx.exchange.nodes.heartbeats-auto-startup:true}")
    void onHeartbeat(String value) {
        Heartbeat heartbeat;
        try {
            heartbeat = ExchangeJson.decode(value.getBytes(StandardCharsets.UTF_8), Heartbeat.class);
        } catch (IllegalArgumentException e) {
            log.warn("unreadable heartbeat skipped: {}", e.getMessage());
            return;
        }
        if (heartbeat.nodeId().length() > 64 || heartbeat.departmentCode().length() > 18) {
            log.warn("heartbeat with an over-long node id or department code skipped");
            return;
        }
        nodes.beat(heartbeat);
    }
}
