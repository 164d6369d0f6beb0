package org.govexchange.bench.footprint;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.govexchange.bench.Options;
import org.govexchange.bench.Stack;
import org.govexchange.bench.report.Machine;
import org.govexchange.bench.report.RunReport;
import org.govexchange.bench.report.Table;

/**
 * footprint: the running local stack's time to ready (from the launcher's start, recorded in
 * {@code .gx-local/pids}, to the last service's Spring Boot "Started" log line) and the resident memory of each of
 * its processes (VmRSS from /proc) and in total.
 */
public final class FootprintBench {

    private FootprintBench() {}

    /** Time to ready in seconds (-1 if unknown), total RSS in MiB, and per process. */
    public record Footprint(double readySeconds, double totalRssMib, List<Map<String, Object>> processes) {}

    public static int run(Options options, PrintStream out) throws Exception {
        Stack stack = Stack.from(options);
        options.rejectUnknown();
        Instant started = Instant.now();
        Footprint f = measure(stack, out);
        RunReport report = new RunReport("footprint", started, Machine.describe()).parameters(options.used());
        report.figure("timeToReadySeconds", f.readySeconds());
        report.figure("totalRssMiB", f.totalRssMib());
        report.figure("processes", f.processes());
        report.finish(stack.results(), out);
        return 0;
    }

    public static Footprint measure(Stack stack, PrintStream out) {
        Path pids = stack.gxLocal().resolve("pids");
        if (!Files.exists(pids)) {
            throw new IllegalStateException(pids + " does not exist: the local stack is not running");
        }
        List<StackProcesses.Entry> entries = StackProcesses.parse(StackProcesses.lines(pids));
        Instant launcherStart = entries.stream()
                .filter(e -> e.kind().equals("LAUNCHER"))
                .map(StackProcesses.Entry::startedAt)
                .findFirst()
                .orElse(entries.stream()
                        .map(StackProcesses.Entry::startedAt)
                        .min(Instant::compareTo)
                        .orElseThrow());
        Table table = new Table("component", "pid", "RSS MiB", "ready after s");
        List<Map<String, Object>> processes = new ArrayList<>();
        long totalKib = 0;
        Instant lastReady = null;
        boolean allReady = true;
        for (StackProcesses.Entry e : entries) {
            long kib = StackProcesses.rssKib(e.pid());
            if (kib > 0) {
                totalKib += kib;
            }
            Optional<Instant> ready = e.kind().equals("SERVICE") || e.kind().equals("NODE")
                    ? StackProcesses.readyAt(StackProcesses.lines(e.log()), e.startedAt())
                    : Optional.empty();
            if ((e.kind().equals("SERVICE") || e.kind().equals("NODE")) && ready.isEmpty()) {
                allReady = false;
            }
            if (ready.isPresent() && (lastReady == null || ready.get().isAfter(lastReady))) {
                lastReady = ready.get();
            }
            double readyAfter = ready.map(
                            r -> Duration.between(launcherStart, r).toMillis() / 1000.0)
                    .orElse(-1.0);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("component", e.component());
            p.put("kind", e.kind());
            p.put("pid", e.pid());
            p.put("rssMiB", kib > 0 ? kib / 1024.0 : null);
            p.put("readyAfterSeconds", readyAfter >= 0 ? readyAfter : null);
            processes.add(p);
            table.row(
                    e.component(),
                    Long.toString(e.pid()),
                    kib > 0 ? String.format(Locale.ROOT, "%.0f", kib / 1024.0) : "gone",
                    readyAfter >= 0 ? String.format(Locale.ROOT, "%.1f", readyAfter) : "-");
        }
        double readySeconds = lastReady != null && allReady
                ? Duration.between(launcherStart, lastReady).toMillis() / 1000.0
                : -1;
        out.print(table.render());
        out.printf(
                Locale.ROOT,
                "time to ready: %s; total RSS: %.0f MiB over %d processes%n",
                readySeconds >= 0 ? String.format(Locale.ROOT, "%.1f s", readySeconds) : "unknown",
                totalKib / 1024.0,
                entries.size());
        return new Footprint(readySeconds, totalKib / 1024.0, processes);
    }
}
