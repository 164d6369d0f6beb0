package org.govexchange.exchange.reconciliation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a node found when it reconciled a subscribed resource, sent to the hub for the audit log.
 *
 * @param reconciliationId the node's id of the run (the audit event is recorded once per id)
 * @param compared keys compared
 * @param missing keys the hub holds that the subscriber's table lacks
 * @param extra keys the table holds that the hub does not
 * @param stale keys at another version than the hub's
 * @param changed keys whose row differs from what was delivered (changed by hand)
 * @param backfillId the repair's backfill, if one was asked for
 */
record ReconciliationReport(
        @NotBlank @Size(max = 64) String reconciliationId,
        @PositiveOrZero long compared,
        @PositiveOrZero long missing,
        @PositiveOrZero long extra,
        @PositiveOrZero long stale,
        @PositiveOrZero long changed,
        @Size(max = 64) String backfillId) {

    long differences() {
        return missing + extra + stale + changed;
    }
}
