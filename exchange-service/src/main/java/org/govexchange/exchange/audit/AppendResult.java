package org.govexchange.exchange.audit;

/**
 * What one append did.
 *
 * @param appended events that got a sequence number
 * @param duplicates events dropped because their eventId was already stored (or repeated in the batch)
 * @param headSequence the chain's newest sequence afterwards
 */
public record AppendResult(int appended, int duplicates, long headSequence) {}
