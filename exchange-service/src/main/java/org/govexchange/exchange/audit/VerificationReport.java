package org.govexchange.exchange.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of verifying the chain over {@code from..to} (sequence numbers).
 *
 * @param verified rows that checked out before the first broken one (all rows if none is broken)
 * @param firstBroken the first broken link, or null
 * @param checkpointsOk every signed checkpoint in range matches the log and its signature verifies,
 *     and the newest checkpoint does not lie beyond the end of the log (truncation)
 * @param checkpointsChecked how many checkpoints were examined
 */
public record VerificationReport(
        long verified,
        @JsonInclude(JsonInclude.Include.ALWAYS) BrokenLink firstBroken,
        boolean checkpointsOk,
        long checkpointsChecked,
        long from,
        long to) {

    /**
     * Where the chain breaks.
     *
     * @param sequence the first sequence that does not verify
     * @param expected what should be there (a hash, or the missing sequence)
     * @param found what is there
     * @param reason HASH_MISMATCH, PREV_HASH_MISMATCH, ROW_MISSING or UNREADABLE_ROW
     */
    public record BrokenLink(long sequence, String expected, String found, String reason) {}
}
