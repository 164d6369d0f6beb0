package org.govexchange.local.readiness;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end so a large log costs nothing. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_REPORT_LINES = 30;
    private static final int MAX_CAUSES = 10;
    private static final int MAX_LINE = 400;

    private LogTail() {}

    /**
     * What explains a failed start: Spring's failure report (or else the exception causes), then the last lines. A
     * stack trace's last lines alone are mostly frames; the cause is at its top.
     */
    public static List<String> summary(Path log, int tailLines) {
        return summary(lastLines(log, Integer.MAX_VALUE), tailLines);
    }

    static List<String> summary(List<String> lines, int tailLines) {
        List<String> summary = new ArrayList<>();
        int report = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("APPLICATION FAILED TO START")) {
                report = i;
            }
        }
        int tailFrom = Math.max(0, lines.size() - tailLines);
        if (report >= 0) {
            summary.addAll(lines.subList(report, Math.min(lines.size(), report + MAX_REPORT_LINES)));
            tailFrom = Math.max(tailFrom, report + MAX_REPORT_LINES);
        } else {
            for (String line : lines.subList(0, tailFrom)) {
                if (line.startsWith("Caused by:") && summary.size() < MAX_CAUSES) {
                    summary.add(abbreviate(line));
                }
            }
        }
        if (!summary.isEmpty() && tailFrom < lines.size()) {
            summary.add("...");
        }
        for (String line : lines.subList(Math.min(tailFrom, lines.size()), lines.size())) {
            summary.add(abbreviate(line));
        }
        return summary;
    }

    private static String abbreviate(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + " ...";
    }

    public static List<String> lastLines(Path log, int count) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            return lastLines(new String(bytes, StandardCharsets.UTF_8), count);
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    static List<String> lastLines(String text, int count) {
        List<String> lines = Arrays.asList(text.split("\\R"));
        int from = Math.max(0, lines.size() - count);
        return lines.subList(from, lines.size());
    }
}
