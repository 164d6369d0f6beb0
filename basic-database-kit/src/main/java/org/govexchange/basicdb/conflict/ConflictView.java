package org.govexchange.basicdb.conflict;

import java.time.Instant;

/**
 * A disagreement as the conflicts API shows it: {@code a} was held, {@code b} arrived, {@code winner}
 * ({@code A} or {@code B}) is what the record now carries.
 */
public record ConflictView(
        long id, String key, String field, SourcedValue a, SourcedValue b, String winner, Instant detectedAt) {}
