package org.govexchange.contracts.reconciliation;

import java.util.List;

/**
 * A targeted backfill that repairs a subscriber ({@code POST /api/exchange/subscriptions/{code}/repair}): the
 * hub sends the current records of these keys with the {@code gx-backfill-repair} header, which lets the node
 * overwrite a row holding the same version (changed by hand since).
 */
public record RepairRequest(List<String> keys) {

    /** Keys per repair request at most; a node sends more in several. */
    public static final int MAX_KEYS = 10_000;
}
