package org.govexchange.node.status;

import java.time.Instant;
import java.util.List;
import org.govexchange.node.backfill.BackfillProgress;
import org.govexchange.node.cdc.CdcStatus;
import org.govexchange.node.reconciliation.ReconciliationView;
import org.govexchange.node.sink.SubscriptionStatus;
import org.govexchange.node.source.SourceStatus;

/**
 * {@code GET /node/status}: what the node is doing.
 *
 * @param keyId the signing key's id (as registered in the catalog)
 * @param keyRegistration DISABLED, PENDING, REGISTERED, ALREADY_REGISTERED or REFUSED
 * @param outbox the records waiting to be acknowledged by the broker
 * @param publish extraction per published resource
 * @param subscribe application per subscribed resource
 * @param backfill replays into this node, per resource
 * @param cdc the binlog capture of the resources published in CDC mode; null when there are none
 * @param reconciliations the latest reconciliation of each subscribed resource that has one
 */
public record NodeStatus(
        String nodeId,
        String departmentCode,
        Instant at,
        String keyId,
        String keyRegistration,
        Outbox outbox,
        List<SourceStatus> publish,
        List<SubscriptionStatus> subscribe,
        List<BackfillProgress.View> backfill,
        Downlink downlink,
        CdcStatus cdc,
        List<ReconciliationView> reconciliations) {

    /**
     * @param unsent records not yet acknowledged
     * @param lastSentAt when the broker last acknowledged a batch
     * @param lastBatchId that batch
     * @param sendError why sending fails now; null when it works
     */
    public record Outbox(long unsent, Instant lastSentAt, String lastBatchId, String sendError) {}

    /**
     * @param lag records waiting on the downlink topic; -1 when not known yet
     * @param lastAppliedAt when a downlink batch was last applied
     * @param retrying why the current downlink batch is being retried; null when none is
     * @param lastRefusal the last envelope refused as a whole (bad hub signature, malformed)
     */
    public record Downlink(long lag, Instant lastAppliedAt, String retrying, String lastRefusal) {}
}
