package org.govexchange.exchange.audit;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.Base64;
import org.apache.ibatis.cursor.Cursor;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.exchange.audit.VerificationReport.BrokenLink;
import org.govexchange.exchange.hubkey.HubKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the stored columns. Rows stream in sequence order (constant memory); every
 * row's hash is rebuilt from its columns, its prev_hash must equal the row before's hash, and the
 * sequence must not skip (a deleted row). Checkpoints catch what the chain alone cannot: a cut-off end,
 * or a rewrite that recomputed every later hash.
 */
@Service
public class AuditVerifier {

    static final String HASH_MISMATCH = "HASH_MISMATCH";
    static final String PREV_HASH_MISMATCH = "PREV_HASH_MISMATCH";
    static final String ROW_MISSING = "ROW_MISSING";
    static final String UNREADABLE_ROW = "UNREADABLE_ROW";

    private final AuditEventMapper events;
    private final AuditChainHeadMapper heads;
    private final AuditCheckpointMapper checkpoints;
    private final HubKey hubKey;

    public AuditVerifier(
            AuditEventMapper events, AuditChainHeadMapper heads, AuditCheckpointMapper checkpoints, HubKey hubKey) {
        this.events = events;
        this.heads = heads;
        this.checkpoints = checkpoints;
        this.hubKey = hubKey;
    }

    /**
     * Verifies sequences {@code from..to} (inclusive; default: the whole chain up to the head). One
     * repeatable-read transaction, so appends running meanwhile do not disturb the picture.
     */
    @Transactional(readOnly = true)
    public VerificationReport verify(Long fromParam, Long toParam) {
        long headSequence = heads.head().getSequence();
        long from = fromParam == null ? 1 : fromParam;
        long to = toParam == null ? headSequence : Math.min(toParam, headSequence);
        if (from < 1 || (toParam != null && toParam < from)) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED, "from and to are sequence numbers with 1 <= from <= to.");
        }
        BrokenLink broken = null;
        long verified = 0;
        String expectedPrev = AuditChain.GENESIS;
        if (from > 1 && from <= to) {
            expectedPrev = events.hashAt(from - 1);
            if (expectedPrev == null) {
                broken = new BrokenLink(from - 1, "sequence " + (from - 1), "no such row", ROW_MISSING);
            }
        }
        if (broken == null && from <= to) {
            long expectedSequence = from;
            var range = new LambdaQueryWrapper<StoredAuditEvent>()
                    .between(StoredAuditEvent::getSequence, from, to)
                    .orderByAsc(StoredAuditEvent::getSequence);
            try (Cursor<StoredAuditEvent> rows = events.stream(range)) {
                for (StoredAuditEvent row : rows) {
                    broken = check(row, expectedSequence, expectedPrev);
                    if (broken != null) {
                        break;
                    }
                    verified++;
                    expectedPrev = row.getHash();
                    expectedSequence++;
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (broken == null && expectedSequence <= to) {
                broken = new BrokenLink(expectedSequence, "sequence " + expectedSequence, "end of log", ROW_MISSING);
            }
        }
        long[] checked = {0};
        boolean checkpointsOk = checkpointsIntact(from, to, headSequence, checked);
        return new VerificationReport(verified, broken, checkpointsOk, checked[0], from, to);
    }

    private static BrokenLink check(StoredAuditEvent row, long expectedSequence, String expectedPrev) {
        if (row.getSequence() != expectedSequence) {
            return new BrokenLink(
                    expectedSequence, "sequence " + expectedSequence, "sequence " + row.getSequence(), ROW_MISSING);
        }
        if (!expectedPrev.equals(row.getPrevHash())) {
            return new BrokenLink(row.getSequence(), expectedPrev, row.getPrevHash(), PREV_HASH_MISMATCH);
        }
        String recomputed;
        try {
            recomputed = AuditChain.hash(row.getSequence(), row.toEvent(), row.getPrevHash());
        } catch (IllegalArgumentException e) {
            return new BrokenLink(
                    row.getSequence(), "columns as ingest writes them", String.valueOf(e.getMessage()), UNREADABLE_ROW);
        }
        if (!recomputed.equals(row.getHash())) {
            return new BrokenLink(row.getSequence(), recomputed, row.getHash(), HASH_MISMATCH);
        }
        return null;
    }

    private boolean checkpointsIntact(long from, long to, long headSequence, long[] checked) {
        boolean ok = true;
        if (from <= to) {
            try (Cursor<AuditCheckpoint> inRange = checkpoints.streamWithRowHash(from, to)) {
                for (AuditCheckpoint checkpoint : inRange) {
                    checked[0]++;
                    ok &= intact(checkpoint);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        // Truncation: the newest checkpoint must still lie within the log and match it, whatever the range.
        AuditCheckpoint latest = checkpoints.latest();
        if (latest != null) {
            Long highest = events.maxSequence();
            String rowHash = events.hashAt(latest.getSequence());
            latest.setRowHash(rowHash);
            ok &= highest != null
                    && latest.getSequence() <= highest
                    && latest.getSequence() <= headSequence
                    && intact(latest);
        }
        return ok;
    }

    private boolean intact(AuditCheckpoint checkpoint) {
        if (checkpoint.getRowHash() == null || !checkpoint.getRowHash().equals(checkpoint.getHash())) {
            return false;
        }
        if (!hubKey.keyId().equals(checkpoint.getKeyId())) {
            return false;
        }
        try {
            byte[] signature = Base64.getDecoder().decode(checkpoint.getSignature());
            return hubKey.verify(checkpoint.signedText(), signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
