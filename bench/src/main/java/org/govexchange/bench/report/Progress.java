package org.govexchange.bench.report;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Prints a status line every few seconds while a benchmark step runs; close it when the step ends. */
public final class Progress implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Progress(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static Progress every(Duration interval, PrintStream out, Supplier<String> line) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(
                () -> {
                    try {
                        out.println("  .. " + line.get());
                    } catch (RuntimeException e) {
                        out.println("  .. (progress unavailable: " + e.getMessage() + ")");
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new Progress(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
