package org.govexchange.node.backfill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Progress of backfills (replays of a resource into this node), from the {@code gx-backfill-*} headers of the
 * downlink envelopes: logged every few seconds and at the end, shown at {@code GET /node/status}.
 */
@Component
public class BackfillProgress {

    public enum State {
        REQUESTED,
        RUNNING,
        DONE
    }

    /**
     * @param done records replayed and applied so far
     * @param total records the replay sends in all
     * @param recordsPerSecond done since the first envelope of the run, per second of the run
     */
    public record View(
            String resourceCode,
            String backfillId,
            State state,
            long done,
            long total,
            double recordsPerSecond,
            Instant requestedAt,
            Instant startedAt,
            Instant updatedAt) {}

    private static final Logger log = LoggerFactory.getLogger(BackfillProgress.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(2);

    private final Clock clock;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    private static final class Run {
        String backfillId;
        State state;
        long firstDone;
        long done;
        long total;
        Instant requestedAt;
        Instant startedAt;
        Instant updatedAt;
        Instant loggedAt = Instant.EPOCH;
    }

    public BackfillProgress(Clock clock) {
        this.clock = clock;
    }

    /** The node asked the hub for a replay. */
    public synchronized void requested(String resourceCode) {
        Run run = new Run();
        run.state = State.REQUESTED;
        run.requestedAt = clock.instant();
        run.updatedAt = run.requestedAt;
        runs.put(resourceCode, run);
    }

    /** An envelope of a replay was applied: {@code done} of {@code total} records are through. */
    public synchronized void applied(String resourceCode, String backfillId, long done, long total, int records) {
        Instant now = clock.instant();
        Run run = runs.get(resourceCode);
        boolean newRun = run == null
                || run.state == State.DONE
                || run.startedAt == null
                || done < run.done
                || (backfillId != null && !Objects.equals(backfillId, run.backfillId));
        if (newRun) {
            Instant requestedAt = run != null && run.state == State.REQUESTED ? run.requestedAt : null;
            run = new Run();
            run.requestedAt = requestedAt;
            run.backfillId = backfillId;
            run.startedAt = now;
            run.firstDone = Math.max(0, done - records);
            runs.put(resourceCode, run);
            log.info("backfill of {} started: {} records to replay", resourceCode, total);
        }
        run.done = Math.max(run.done, done);
        run.total = total;
        run.updatedAt = now;
        run.state = done >= total ? State.DONE : State.RUNNING;
        if (run.state == State.DONE) {
            log.info(
                    "backfill of {} done: {}/{} records in {} ms ({} records/s)",
                    resourceCode,
                    run.done,
                    run.total,
                    Duration.between(run.startedAt, now).toMillis(),
                    String.format("%.0f", rate(run, now)));
        } else if (now.isAfter(run.loggedAt.plus(LOG_EVERY))) {
            run.loggedAt = now;
            log.info(
                    "backfill of {}: {}/{} records ({}%), {} records/s",
                    resourceCode,
                    run.done,
                    run.total,
                    run.total == 0 ? 100 : run.done * 100 / run.total,
                    String.format("%.0f", rate(run, now)));
        }
    }

    public synchronized List<View> views() {
        Instant now = clock.instant();
        List<View> views = new ArrayList<>();
        runs.forEach((resource, run) -> views.add(new View(
                resource,
                run.backfillId,
                run.state,
                run.done,
                run.total,
                run.startedAt == null ? 0 : rate(run, run.state == State.DONE ? run.updatedAt : now),
                run.requestedAt,
                run.startedAt,
                run.updatedAt)));
        return views;
    }

    private static double rate(Run run, Instant until) {
        double seconds = Math.max(0.001, Duration.between(run.startedAt, until).toNanos() / 1e9);
        return (run.done - run.firstDone) / seconds;
    }
}
