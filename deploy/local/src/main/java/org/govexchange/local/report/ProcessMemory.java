package org.govexchange.local.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.OptionalLong;

/** Resident memory of the stack's processes, from /proc/&lt;pid&gt;/status (Linux; elsewhere it is unknown). */
public final class ProcessMemory {

    private ProcessMemory() {}

    /** Resident set size in KiB of a live process, if the OS tells. */
    public static OptionalLong rssKib(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return vmRssKib(Files.readString(status));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** Sum over processes that report one; processes that ended or hide it count as nothing. */
    public static long totalRssKib(Collection<Long> pids) {
        long total = 0;
        for (long pid : pids) {
            total += rssKib(pid).orElse(0);
        }
        return total;
    }

    /** Parses the {@code VmRSS:   123456 kB} line of a /proc status text. */
    static OptionalLong vmRssKib(String procStatus) {
        for (String line : procStatus.split("\\R")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equalsIgnoreCase("kB")) {
                    return OptionalLong.of(Long.parseLong(parts[0]));
                }
            }
        }
        return OptionalLong.empty();
    }

    public static String format(long kib) {
        if (kib >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.2f GiB", kib / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%d MiB", Math.round(kib / 1024.0));
    }
}
