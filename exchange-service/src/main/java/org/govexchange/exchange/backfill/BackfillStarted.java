package org.govexchange.exchange.backfill;

/** The 202 answer to a backfill request. */
public record BackfillStarted(String backfillId, String resourceCode, long total) {}
