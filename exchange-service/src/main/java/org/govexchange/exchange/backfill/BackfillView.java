package org.govexchange.exchange.backfill;

import java.time.Instant;

/**
 * A backfill's progress ({@code GET /api/exchange/backfills/{id}}).
 *
 * @param state RUNNING, DONE or FAILED
 * @param total records the replay sends (the latest record of every key at the start)
 * @param done records sent so far
 * @param recordsPerSecond average rate so far
 */
public record BackfillView(
        String backfillId,
        String departmentCode,
        String resourceCode,
        String grantId,
        String state,
        long total,
        long done,
        double recordsPerSecond,
        Instant startedAt,
        Instant finishedAt,
        String error) {}
