package org.govexchange.contracts.exchange;

/**
 * Kafka headers the hub puts on the downlink envelopes of a backfill (the replay of {@code gx.resource.<code>}
 * into a new subscriber's downlink). Values are decimal numbers in ASCII. Envelopes without them are live
 * traffic.
 */
public final class BackfillHeaders {

    /** How many records the replay will send in all (known when it starts). */
    public static final String TOTAL = "gx-backfill-total";

    /** How many records of the replay have been sent, this envelope's records included. */
    public static final String DONE = "gx-backfill-done";

    /** Optional: an id of the replay run, so a re-run is told apart from the one before. */
    public static final String ID = "gx-backfill-id";

    /**
     * Present (value 1) on a reconciliation's repair: the node applies a record whose version equals the row's too,
     * since the row may have been changed by hand at that version.
     */
    public static final String REPAIR = "gx-backfill-repair";

    private BackfillHeaders() {}
}
