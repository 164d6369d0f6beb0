package org.govexchange.basicdb.load;

import java.time.Duration;

/** How many rows were written in how much time. */
public record LoadResult(long rows, Duration elapsed) {

    public double rowsPerSecond() {
        long nanos = Math.max(1, elapsed.toNanos());
        return rows * 1_000_000_000.0 / nanos;
    }
}
