package org.govexchange.contracts.exchange;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A node's periodic sign of life on {@link Topics#heartbeat} of its department (Kafka key: nodeId). The hub marks a
 * node OFFLINE after three missed beats, i.e. when nothing came for 3 x {@code intervalMillis}.
 *
 * @param nodeId the node
 * @param departmentCode its department (credit code)
 * @param at when the beat was sent
 * @param intervalMillis how often the node beats
 * @param outboxSize records extracted but not yet acknowledged by the broker
 * @param lagBySubscription per subscribed resource code, how many downlink records wait unread (all of a
 *     node's subscriptions share its downlink topic, so they report the same number); -1 when not known yet
 * @param lastSync the last time the node sent an uplink batch or applied a downlink batch; null if never
 */
public record Heartbeat(
        String nodeId,
        String departmentCode,
        Instant at,
        long intervalMillis,
        long outboxSize,
        Map<String, Long> lagBySubscription,
        Instant lastSync) {

    public Heartbeat {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(at, "at");
        lagBySubscription = lagBySubscription == null ? Map.of() : Map.copyOf(lagBySubscription);
    }
}
