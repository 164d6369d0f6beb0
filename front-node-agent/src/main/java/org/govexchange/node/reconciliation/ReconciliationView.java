package org.govexchange.node.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * One reconciliation run of a resource, as {@code /node/status} and the local API show it.
 *
 * @param side COPY (a subscribe target against the hub) or SOURCE (a published table against what was sent and
 *     what the hub holds)
 * @param state RUNNING, DONE or FAILED
 * @param compared keys compared (the table's live rows)
 * @param missing COPY: keys the hub holds that the table lacks; SOURCE: keys the table holds that the hub lacks
 * @param extra COPY: keys the table holds that the hub does not (removed when repaired); SOURCE: keys the hub (or
 *     the node's record of what it sent) holds live that the table does not
 * @param stale keys the hub holds at another version than this side
 * @param changed COPY: rows that differ from what the node wrote (changed by hand); SOURCE: rows that differ from
 *     what was last sent (a change capture missed)
 * @param keys the keys per kind (at most {@code gx.node.reconciliation.keys-listed} each); null in lists of runs
 * @param backfillId COPY: the hub's repair backfill, when one was asked for
 * @param resent SOURCE: records sent again by the repair
 */
public record ReconciliationView(
        String reconciliationId,
        String resourceCode,
        String side,
        String trigger,
        String state,
        long compared,
        long missing,
        long extra,
        long stale,
        long changed,
        Keys keys,
        String backfillId,
        Long resent,
        String error,
        Instant startedAt,
        Instant finishedAt) {

    static final String COPY = "COPY";
    static final String SOURCE = "SOURCE";

    /** The keys found, per kind. */
    public record Keys(List<String> missing, List<String> extra, List<String> stale, List<String> changed) {}

    static ReconciliationView running(String id, String resourceCode, String side, String trigger, Instant at) {
        return new ReconciliationView(
                id, resourceCode, side, trigger, "RUNNING", 0, 0, 0, 0, 0, null, null, null, null, at, null);
    }

    static ReconciliationView failed(
            String id, String resourceCode, String side, String trigger, String error, Instant started, Instant at) {
        return new ReconciliationView(
                id, resourceCode, side, trigger, "FAILED", 0, 0, 0, 0, 0, null, null, null, error, started, at);
    }

    static ReconciliationView done(
            String id,
            String resourceCode,
            String side,
            String trigger,
            long compared,
            HubDigests.Differences differences,
            List<String> changed,
            int listed,
            String backfillId,
            Long resent,
            Instant startedAt,
            Instant finishedAt) {
        return new ReconciliationView(
                id,
                resourceCode,
                side,
                trigger,
                "DONE",
                compared,
                differences.missing().size(),
                differences.extra().size(),
                differences.stale().size(),
                changed.size(),
                new Keys(
                        cap(differences.missing(), listed),
                        cap(differences.extra(), listed),
                        cap(differences.stale(), listed),
                        cap(changed, listed)),
                backfillId,
                resent,
                null,
                startedAt,
                finishedAt);
    }

    long differences() {
        return missing + extra + stale + changed;
    }

    private static List<String> cap(List<String> keys, int listed) {
        return List.copyOf(keys.size() <= listed ? keys : keys.subList(0, listed));
    }
}
