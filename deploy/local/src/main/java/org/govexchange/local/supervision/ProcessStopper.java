package org.govexchange.local.supervision;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes the polite way first (SIGTERM, so Spring, Kafka and MariaDB shut down cleanly), then forcibly. */
public final class ProcessStopper {

    /** How long forcibly killed processes get to disappear before we stop waiting for them. */
    static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private ProcessStopper() {}

    /**
     * Sends SIGTERM to every process at once, waits up to {@code grace} for all of them, then kills forcibly whatever
     * is left, descendants included. Descendants are listed before the signal: once their parent is gone they can no
     * longer be found through it.
     */
    public static void stop(Collection<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> trees = new ArrayList<>();
        for (ProcessHandle process : processes) {
            process.descendants().forEach(trees::add);
            trees.add(process);
        }
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : processes) {
            awaitExit(process, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        killLeftovers(trees);
    }

    /** Kills at once, descendants included: for processes with nothing to save, e.g. a class-data training run. */
    public static void kill(Collection<ProcessHandle> processes) {
        List<ProcessHandle> trees = new ArrayList<>();
        for (ProcessHandle process : processes) {
            process.descendants().forEach(trees::add);
            trees.add(process);
        }
        killLeftovers(trees);
    }

    /** For a process already asked to stop by someone else: waits up to {@code grace}, then kills its tree. */
    public static void awaitOrKill(ProcessHandle process, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        process.descendants().forEach(tree::add);
        tree.add(process);
        awaitExit(process, grace);
        killLeftovers(tree);
    }

    private static void killLeftovers(List<ProcessHandle> processes) {
        List<ProcessHandle> killed = new ArrayList<>();
        for (ProcessHandle process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly();
                killed.add(process);
            }
        }
        for (ProcessHandle process : killed) {
            awaitExit(process, KILL_WAIT);
        }
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
