package org.govexchange.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local stack's processes as the launcher records them in {@code .gx-local/pids}, and what /proc says. */
final class StackProcesses {

    private static final Pattern STARTED =
            Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})).*"
                    + " Started \\S+ in [0-9.]+ seconds");

    private StackProcesses() {}

    /** One line of the pids file: component, kind, pid, started-at (epoch ms), url, log. */
    record Entry(String component, String kind, long pid, Instant startedAt, String url, Path log) {}

    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 6) {
                throw new IllegalArgumentException("not a pids line (6 tab-separated fields): " + line);
            }
            entries.add(new Entry(
                    f[0], f[1], Long.parseLong(f[2]), Instant.ofEpochMilli(Long.parseLong(f[3])), f[4], Path.of(f[5])));
        }
        return entries;
    }

    /** The time of the last Spring Boot "Started X in n seconds" line at or after {@code since}. */
    static Optional<Instant> readyAt(List<String> logLines, Instant since) {
        Instant found = null;
        for (String line : logLines) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                Instant at = java.time.OffsetDateTime.parse(m.group(1)).toInstant();
                if (!at.isBefore(since)) {
                    found = at;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** VmRSS in KiB from a /proc/<pid>/status text; -1 if absent. */
    static long rssKib(List<String> status) {
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static long rssKib(long pid) {
        try {
            return rssKib(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return -1;
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
