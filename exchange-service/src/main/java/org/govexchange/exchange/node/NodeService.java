package org.govexchange.exchange.node;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.Heartbeat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Heartbeats in, node list out; ONLINE/OFFLINE is decided when asked, from the last beat and its interval. */
@Service
public class NodeService {

    private final ExchangeNodeMapper nodes;
    private final NodeProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final JsonMapper json = JsonMapper.builder().build();

    NodeService(ExchangeNodeMapper nodes, NodeProperties properties, MeterRegistry meters) {
        this.nodes = nodes;
        this.properties = properties;
        Gauge.builder("gx.exchange.nodes.online", this, NodeService::onlineCount)
                .description("front-end nodes that beat within 3 intervals")
                .register(meters);
    }

    /**
     * Records a beat of a node of the heartbeat's department.
     *
     * @return false when the node id already belongs to another department (nothing changes)
     */
    @Transactional
    public boolean beat(Heartbeat heartbeat) {
        ExchangeNode known = nodes.selectById(heartbeat.nodeId());
        if (known != null && !heartbeat.departmentCode().equals(known.getDepartmentCode())) {
            return false;
        }
        var node = new ExchangeNode();
        node.setNodeId(heartbeat.nodeId());
        node.setDepartmentCode(heartbeat.departmentCode());
        node.setLastHeartbeatAt(utc(heartbeat.at()));
        node.setIntervalMillis(heartbeat.intervalMillis() > 0 ? heartbeat.intervalMillis() : null);
        node.setOutboxSize(heartbeat.outboxSize());
        node.setLagJson(json.writeValueAsString(heartbeat.lagBySubscription()));
        node.setLastSyncAt(heartbeat.lastSync() == null ? null : utc(heartbeat.lastSync()));
        nodes.beat(node, utc(clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    public List<NodeView> list() {
        Instant now = clock.instant();
        return nodes.selectList(null).stream()
                .sorted(Comparator.comparing(ExchangeNode::getNodeId))
                .map(node -> view(node, now))
                .toList();
    }

    private NodeView view(ExchangeNode node, Instant now) {
        Instant last = node.getLastHeartbeatAt() == null
                ? null
                : node.getLastHeartbeatAt().toInstant(ZoneOffset.UTC);
        Map<String, Long> lag = node.getLagJson() == null
                ? Map.of()
                : json.readValue(node.getLagJson(), new TypeReference<Map<String, Long>>() {});
        return new NodeView(
                node.getNodeId(),
                node.getDepartmentCode(),
                online(last, node.getIntervalMillis(), now) ? "ONLINE" : "OFFLINE",
                last,
                node.getIntervalMillis(),
                node.getOutboxSize(),
                lag,
                node.getLastSyncAt() == null ? null : node.getLastSyncAt().toInstant(ZoneOffset.UTC));
    }

    private boolean online(Instant last, Long intervalMillis, Instant now) {
        if (last == null) {
            return false;
        }
        long interval = intervalMillis == null ? properties.defaultInterval().toMillis() : intervalMillis;
        return last.plusMillis(interval * properties.missedBeats()).isAfter(now);
    }

    private double onlineCount() {
        try {
            return list().stream().filter(n -> "ONLINE".equals(n.status())).count();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
