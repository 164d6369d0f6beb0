package org.govexchange.exchange.node;

import java.time.Instant;
import java.util.Map;

/**
 * A node as {@code GET /api/exchange/nodes} shows it.
 *
 * @param status ONLINE, or OFFLINE when nothing came for 3 × {@code intervalMillis}
 */
public record NodeView(
        String nodeId,
        String departmentCode,
        String status,
        Instant lastHeartbeatAt,
        Long intervalMillis,
        Long outboxSize,
        Map<String, Long> lagBySubscription,
        Instant lastSync) {}
