package org.govexchange.exchange.quarantine;

import java.time.Instant;

/**
 * A rejected record: what {@code GET /api/exchange/quarantine} lists and what {@code gx.quarantine.<dept>}
 * carries (one message per rejected uplink batch, see {@link QuarantineNotice}).
 *
 * @param recordKey null when the whole batch was refused
 * @param field null when the record or batch as a whole is wrong
 * @param rule the rule broken (REQUIRED, TYPE, LENGTH, REGEX, CODE_TABLE, ID_NUMBER, CREDIT_CODE, UNKNOWN_FIELD,
 *     KEY_MISMATCH, SIGNATURE_INVALID, NOT_PROVIDER, RESOURCE_UNKNOWN, MALFORMED)
 */
public record QuarantinedRecord(
        String providerCode,
        String resourceCode,
        String batchId,
        String recordKey,
        String field,
        String rule,
        String reason,
        Instant quarantinedAt) {}
