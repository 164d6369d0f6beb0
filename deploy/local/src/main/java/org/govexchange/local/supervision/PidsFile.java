package org.govexchange.local.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .gx-local/pids}: what the launcher started, one tab-separated line per process, so that
 * {@code deploy/local/run stop} can stop a stack whose launcher was killed.
 */
public final class PidsFile {

    static final String HEADER =
            "# gx-local: processes of the running local stack; `deploy/local/run stop` stops them\n"
                    + "# component\tkind\tpid\tstarted-at-epoch-ms\turl\tlog\n";

    private final Path path;

    public PidsFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public List<RunningProcess> read() {
        if (!Files.exists(path)) {
            return List.of();
        }
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Replaces the file in one move, so a concurrent {@code stop} or {@code status} never reads half of it. */
    public void write(List<RunningProcess> processes) {
        try {
            Files.createDirectories(path.getParent());
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(tmp, render(processes), StandardCharsets.UTF_8);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    static String render(List<RunningProcess> processes) {
        StringBuilder text = new StringBuilder(HEADER);
        for (RunningProcess p : processes) {
            text.append(String.join(
                            "\t",
                            p.component(),
                            p.kind().name(),
                            Long.toString(p.pid()),
                            Long.toString(p.startedAtMillis()),
                            p.url(),
                            p.log()))
                    .append('\n');
        }
        return text.toString();
    }

    static List<RunningProcess> parse(String text) {
        List<RunningProcess> processes = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 6) {
                throw new IllegalArgumentException("not a pids line: " + line);
            }
            try {
                processes.add(new RunningProcess(
                        fields[0],
                        RunningProcess.Kind.valueOf(fields[1]),
                        Long.parseLong(fields[2]),
                        Long.parseLong(fields[3]),
                        fields[4],
                        fields[5]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a pids line: " + line, e);
            }
        }
        return processes;
    }
}
