package org.govexchange.node.sink;

import java.time.Instant;

/**
 * A subscribed resource as the node sees it, for {@code GET /node/status}.
 *
 * @param lastBatchId the last downlink batch applied
 * @param lastAppliedAt when it was committed
 * @param applied records applied since the node started
 * @param ignored records ignored as not newer than the target's
 * @param failed records that could not be applied
 * @param lag downlink records waiting unread (the node's whole downlink topic); -1 when not known yet
 */
public record SubscriptionStatus(
        String resourceCode,
        String table,
        String lastBatchId,
        Instant lastAppliedAt,
        long applied,
        long ignored,
        long failed,
        long lag) {}
