package org.govexchange.node.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * One reconciliation run of a subscribed resource, as {@code /node/status} and the local API show it.
 *
 * @param state RUNNING, DONE or FAILED
 * @param compared keys compared with the hub (the table's live keys)
 * @param missing keys the hub holds that the table lacks
 * @param extra keys the table holds that the hub does not (removed when repaired)
 * @param stale keys at another version than the hub's
 * @param changed rows that differ from what the node wrote (changed by hand)
 * @param keys the keys per kind (at most {@code gx.node.reconciliation.keys-listed} each); null in lists of runs
 * @param backfillId the hub's repair backfill, when one was asked for
 */
public record ReconciliationView(
        String reconciliationId,
        String resourceCode,
        String trigger,
        String state,
        long compared,
        long missing,
        long extra,
        long stale,
        long changed,
        Keys keys,
        String backfillId,
        String error,
        Instant startedAt,
        Instant finishedAt) {

    /** The keys found, per kind. */
    public record Keys(List<String> missing, List<String> extra, List<String> stale, List<String> changed) {}
}
