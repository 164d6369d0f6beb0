package org.govexchange.local.readiness;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Waits until every started Spring process answers UP on /actuator/health, printing progress as it goes. A process
 * that exits, or stays unhealthy past the timeout, fails the whole start with the end of its log.
 */
public final class ReadinessWaiter {

    /** A process being waited for; {@code startedAtNanos} is System.nanoTime() when it was started. */
    public record Starting(String component, Process process, int port, Path log, long startedAtNanos) {}

    static final Duration POLL = Duration.ofMillis(500);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    static final int TAIL_LINES = 15;

    private final HealthProbe probe;
    private final PrintStream out;
    private final long launchedAtNanos;

    public ReadinessWaiter(HealthProbe probe, PrintStream out, long launchedAtNanos) {
        this.probe = probe;
        this.out = out;
        this.launchedAtNanos = launchedAtNanos;
    }

    public void awaitHealthy(List<Starting> starting, Duration timeout, BooleanSupplier stopping)
            throws StartupFailure, InterruptedException {
        List<Starting> pending = new ArrayList<>(starting);
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (!pending.isEmpty()) {
            if (stopping.getAsBoolean()) {
                throw new StartupFailure("the launcher is stopping");
            }
            for (Starting s : List.copyOf(pending)) {
                if (!s.process().isAlive()) {
                    throw failure(s, "exited with code " + s.process().exitValue() + " before it was healthy");
                }
                if (probe.isUp(s.port())) {
                    pending.remove(s);
                    out.printf(
                            "  [%5.1fs] %-24s UP on :%d (%.1f s after its start)%n",
                            secondsSince(launchedAtNanos), s.component(), s.port(), secondsSince(s.startedAtNanos()));
                } else if (System.nanoTime() - s.startedAtNanos() > timeout.toNanos()) {
                    throw failure(s, "was not healthy within " + timeout.toSeconds() + " s");
                }
            }
            if (!pending.isEmpty() && System.nanoTime() >= nextProgress) {
                out.printf(
                        "  [%5.1fs] waiting for %s%n",
                        secondsSince(launchedAtNanos),
                        pending.stream().map(Starting::component).collect(Collectors.joining(", ")));
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            if (!pending.isEmpty()) {
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    public static StartupFailure failure(Starting s, String what) {
        return failure(s.component(), s.log(), what);
    }

    public static StartupFailure failure(String component, Path log, String what) {
        StringBuilder message = new StringBuilder()
                .append(component)
                .append(' ')
                .append(what)
                .append(". From ")
                .append(log)
                .append(":\n");
        List<String> summary = LogTail.summary(log, TAIL_LINES);
        for (String line : summary) {
            message.append("  | ").append(line).append('\n');
        }
        if (LogTail.lastLines(log, Integer.MAX_VALUE).stream()
                .anyMatch(line -> line.contains("Migration checksum mismatch"))) {
            message.append("The database in .gx-local was created by an older build of ")
                    .append(component)
                    .append(" whose migration has changed since. Start over with: deploy/local/run --fresh\n");
        }
        return new StartupFailure(message.toString());
    }

    static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
