package org.govexchange.exchange.validation;

/**
 * Why a record was refused.
 *
 * @param field the offending field, null when the record as a whole is wrong
 * @param rule a stable code: REQUIRED, TYPE, LENGTH, RANGE, REGEX, CODE_TABLE, ID_NUMBER, CREDIT_CODE, UNKNOWN_FIELD,
 *     KEY_MISMATCH (record-level rules) or a batch-level reason (SIGNATURE_INVALID, NOT_PROVIDER, ...)
 * @param reason a message the provider's developers can act on
 */
public record Violation(String field, String rule, String reason) {}
