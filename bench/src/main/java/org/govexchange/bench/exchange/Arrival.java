package org.govexchange.bench.exchange;

import java.time.Duration;

/**
 * How far a run's rows have got at one destination, from counts polled over time: when the count last grew, and
 * when it reached the goal. While the source is still being written, the destination is not stalled: it may be
 * waiting for the next batch.
 */
final class Arrival {

    private static final long BUSY_GRACE = Duration.ofSeconds(1).toNanos();

    private final long goal;
    private final long start;
    private long count;
    private long lastChange;
    private long lastSeen;
    private long reachedAt = -1;

    /** @param start {@link System#nanoTime()} when the source insert began */
    Arrival(long goal, long start) {
        this.goal = goal;
        this.start = start;
        this.lastChange = start;
        this.lastSeen = start;
    }

    /** @param sourceBusy whether rows are still being inserted into the source */
    void observe(long now, long seen, boolean sourceBusy) {
        lastSeen = now;
        if (seen != count) {
            count = seen;
            lastChange = now;
        }
        if (sourceBusy) {
            lastChange = Math.max(lastChange, now - BUSY_GRACE);
        }
        if (reachedAt < 0 && count >= goal) {
            reachedAt = now;
        }
    }

    boolean complete() {
        return reachedAt >= 0;
    }

    boolean stalled(long now, Duration stall) {
        return !complete() && now - lastChange > stall.toNanos();
    }

    long count() {
        return count;
    }

    /** From the start of the insert until the goal was reached, or until the last count when it was not. */
    double seconds() {
        return ((complete() ? reachedAt : lastSeen) - start) / 1e9;
    }

    double perSecond() {
        double seconds = seconds();
        return seconds > 0 ? count / seconds : 0;
    }
}
