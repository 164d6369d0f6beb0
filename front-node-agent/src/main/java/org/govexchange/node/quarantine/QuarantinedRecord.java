package org.govexchange.node.quarantine;

import java.time.Instant;

/**
 * One entry of {@code GET /node/quarantine}: a record (or a whole batch) the hub refused, with the rule and why.
 *
 * @param recordKey null when the hub refused the batch as a whole and its records are no longer in the outbox
 * @param field null when the record or batch as a whole is wrong
 * @param rule the rule broken, as the hub names it (REQUIRED, REGEX, SIGNATURE_INVALID, ...)
 * @param state OPEN, ACCEPTED (a later batch carried the key again and the hub took it) or SUPERSEDED (the hub
 *     refused the key again: see the newer entry)
 * @param resolvedByBatch the later uplink batch that resolved or superseded it
 */
public record QuarantinedRecord(
        long id,
        String batchId,
        String resourceCode,
        String recordKey,
        Long version,
        String field,
        String rule,
        String reason,
        boolean batchRejected,
        Instant quarantinedAt,
        Instant receivedAt,
        String state,
        Instant resolvedAt,
        String resolvedByBatch) {}
