package org.govexchange.local;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code deploy/local/run [--fresh] [up|stop|status]} asked for.
 *
 * @param heap maximum heap of each service JVM, in java's {@code -Xmx} syntax
 * @param readyTimeout how long one component may take to become healthy
 * @param bench tuned for the benchmarks (bench/): full JIT, the gateway's rate limit and the demo quota lifted
 * @param train train the class-data archives this build lacks once the stack is ready (an explicit step: training
 *     takes the CPU for a few minutes, which a plain start must not do behind the operator's back)
 */
public record LaunchOptions(
        Command command, boolean fresh, String heap, Duration readyTimeout, boolean bench, boolean train) {

    public enum Command {
        UP,
        STOP,
        STATUS,
        HELP
    }

    public static final String DEFAULT_HEAP = "256m";
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);
    public static final String HEAP_ENV = "GX_LOCAL_HEAP";
    public static final String TIMEOUT_ENV = "GX_LOCAL_TIMEOUT";

    public static final String USAGE =
            """
            usage: deploy/local/run [--fresh] [--build] [--bench] [--train] [--heap=<size>] [--timeout=<seconds>] [up|stop|status]
              up        (default) start MariaDB, Kafka, every service and three demo front nodes; Ctrl-C stops them
              stop      stop what an earlier launcher started (e.g. one that was killed), from .gx-local/pids
              status    show what runs
              --fresh   wipe .gx-local (databases, Kafka data, logs, keys) before starting
              --build   rebuild every module before starting (handled by the run script)
              --bench   for the benchmarks: full JIT (C2) in every JVM, the gateway's per-department rate limit
                        lifted, the demo grants' daily quota raised (a new stack: use with --fresh)
              --train   once the stack is ready, train the class-data archives this build lacks (a few minutes of
                        CPU, once per build; later starts take about half the CPU and are ready sooner)
              --heap    max heap of each service JVM, e.g. 192m (default 256m; env GX_LOCAL_HEAP)
              --timeout seconds one component may take to become healthy (default 180; env GX_LOCAL_TIMEOUT)
            """;

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");

    public static LaunchOptions parse(List<String> args, Map<String, String> env) {
        Command command = null;
        boolean fresh = false;
        boolean bench = false;
        boolean train = false;
        String heap = env.getOrDefault(HEAP_ENV, DEFAULT_HEAP);
        String timeout = env.get(TIMEOUT_ENV);
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--bench")) {
                bench = true;
            } else if (arg.equals("--train")) {
                train = true;
            } else if (arg.equals("--build")) {
                // The run script builds before the JVM starts; accepted here so it can pass "$@" through.
            } else if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
                return new LaunchOptions(Command.HELP, false, DEFAULT_HEAP, DEFAULT_READY_TIMEOUT, false, false);
            } else if (arg.startsWith("--heap=")) {
                heap = arg.substring("--heap=".length());
            } else if (arg.startsWith("--timeout=")) {
                timeout = arg.substring("--timeout=".length());
            } else if (!arg.startsWith("-") && command == null) {
                command = command(arg);
            } else {
                throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (command == null) {
            command = Command.UP;
        }
        if (fresh && command != Command.UP) {
            throw new IllegalArgumentException("--fresh only applies to up");
        }
        if (!HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("heap must look like 256m or 1g, not: " + heap);
        }
        if (train && command != Command.UP) {
            throw new IllegalArgumentException("--train only applies to up");
        }
        return new LaunchOptions(command, fresh, heap, readyTimeout(timeout), bench, train);
    }

    private static Command command(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "up", "start" -> Command.UP;
            case "stop", "down" -> Command.STOP;
            case "status", "ps" -> Command.STATUS;
            default -> throw new IllegalArgumentException("unknown command: " + word);
        };
    }

    private static Duration readyTimeout(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_READY_TIMEOUT;
        }
        try {
            long value = Long.parseLong(seconds.trim());
            if (value > 0) {
                return Duration.ofSeconds(value);
            }
        } catch (NumberFormatException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException("timeout must be a positive number of seconds, not: " + seconds);
    }
}
