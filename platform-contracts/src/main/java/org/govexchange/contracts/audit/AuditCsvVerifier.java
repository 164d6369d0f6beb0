package org.govexchange.contracts.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Offline check of an audit CSV export ({@code bin/verify-audit <file.csv>}): recomputes every row's
 * hash with {@link AuditChain} and checks that each row's {@code prev_hash} is the {@code hash} of the
 * row before. Needs nothing but this jar and a JDK, and reads the file in constant memory. Columns are
 * found by their header names, so exports written before {@code status} and {@code response_bytes}
 * existed verify as well.
 *
 * <p>Prints {@code verified N events} and exits 0, or names the first broken sequence and exits 1
 * (2 for a usage error or a file that is not an audit export). A filtered export skips sequence
 * numbers; that is reported but accepted unless {@code --contiguous} is given, which demands an
 * unbroken run (use it on a full export).
 *
 * <p>Cells are read with their formula guard removed (one leading {@code '}, see {@link AuditCsv}). An
 * export written before the guard existed holds every value verbatim, so a row whose hash does not
 * match that way but does match with its cells exactly as written is such a row, and is accepted and
 * counted ({@link Result#verbatimRows}). This admits nothing unverified: either way the row passes only
 * if SHA-256 of its content equals its {@code hash} cell and the chain links hold.
 */
public final class AuditCsvVerifier {

    private AuditCsvVerifier() {}

    /** The first broken link: where, why, and the two values that disagree. */
    public record Broken(long sequence, String reason, String expected, String found) {}

    /**
     * What a verification found. {@code broken} is null when every row checked out; {@code verbatimRows}
     * counts the rows that verified only as a pre-guard export wrote them (their cells starting with
     * {@code '} taken literally).
     */
    public record Result(
            long verified, Long firstSequence, Long lastSequence, long gaps, long verbatimRows, Broken broken) {

        public boolean ok() {
            return broken == null;
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** The command line: {@code [--contiguous] <file.csv>}; returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        boolean contiguous = false;
        Path file = null;
        for (String arg : args) {
            if (arg.equals("--contiguous")) {
                contiguous = true;
            } else if (file == null && !arg.startsWith("-")) {
                file = Path.of(arg);
            } else {
                file = null;
                break;
            }
        }
        if (file == null) {
            out.println("usage: verify-audit [--contiguous] <audit-export.csv>");
            out.println("  a cell starting with ' is read without that one quote (the export's formula guard);");
            out.println("  an export from before that guard is recognised row by row and verifies as well");
            return 2;
        }
        Result result;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            result = verify(in, contiguous);
        } catch (IOException | IllegalArgumentException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        report(result, out);
        return result.ok() ? 0 : 1;
    }

    /**
     * Verifies an export read from {@code in}.
     *
     * @throws IllegalArgumentException if the header is not that of an audit export
     * @throws IOException if the CSV itself is malformed or cannot be read
     */
    public static Result verify(Reader in, boolean contiguous) throws IOException {
        AuditCsv.RecordReader reader = new AuditCsv.RecordReader(in);
        AuditCsv.Header header;
        try {
            // By name, not position: an export from before a column was added still verifies.
            header = AuditCsv.Header.of(reader.next());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the first line is not the audit export header " + AuditCsv.COLUMNS + " (" + e.getMessage() + ")",
                    e);
        }
        long verified = 0;
        long gaps = 0;
        long verbatimRows = 0;
        Long first = null;
        AuditCsv.Row previous = null;
        List<String> cells;
        while ((cells = reader.next()) != null) {
            AuditCsv.Row row;
            try {
                row = header.parse(cells);
            } catch (IllegalArgumentException e) {
                long own = sequenceOrZero(header, cells);
                long at = own > 0 || previous == null ? own : previous.sequence() + 1;
                return new Result(
                        verified,
                        first,
                        previous == null ? null : previous.sequence(),
                        gaps,
                        verbatimRows,
                        new Broken(
                                at,
                                "unreadable row: " + e.getMessage(),
                                "a row as the export writes it",
                                "line " + (reader.line() - 1)));
            }
            Broken broken = null;
            if (previous != null && row.sequence() <= previous.sequence()) {
                broken = new Broken(
                        row.sequence(),
                        "rows are not in ascending sequence order",
                        "a sequence above " + previous.sequence(),
                        Long.toString(row.sequence()));
            } else if (previous != null && row.sequence() == previous.sequence() + 1) {
                if (!row.prevHash().equals(previous.hash())) {
                    broken = new Broken(
                            row.sequence(),
                            "prev_hash is not the hash of the row before",
                            previous.hash(),
                            row.prevHash());
                }
            } else if (previous != null) {
                if (contiguous) {
                    broken = new Broken(
                            previous.sequence() + 1,
                            "row missing",
                            "sequence " + (previous.sequence() + 1),
                            "sequence " + row.sequence());
                }
                gaps++;
            }
            if (broken == null && row.sequence() == 1 && !row.prevHash().equals(AuditChain.GENESIS)) {
                broken = new Broken(
                        1, "the first row's prev_hash is not the genesis value", AuditChain.GENESIS, row.prevHash());
            }
            if (broken == null) {
                String expected = AuditChain.hash(row.sequence(), row.event(), row.prevHash());
                AuditCsv.Row verbatim = expected.equals(row.hash()) ? null : verbatim(header, reader, cells);
                if (verbatim != null) {
                    row = verbatim;
                    verbatimRows++;
                } else if (!expected.equals(row.hash())) {
                    broken = new Broken(row.sequence(), "hash does not match the row's content", expected, row.hash());
                }
            }
            if (broken != null) {
                return new Result(
                        verified, first, previous == null ? null : previous.sequence(), gaps, verbatimRows, broken);
            }
            if (first == null) {
                first = row.sequence();
            }
            verified++;
            previous = row;
        }
        return new Result(verified, first, previous == null ? null : previous.sequence(), gaps, verbatimRows, null);
    }

    /**
     * The row read as an export from before the formula guard wrote it, if that differs from the guarded
     * reading and its hash matches; null otherwise. Sequence, prev_hash and hash never start with
     * {@code '}, so the checks already made hold for it as well.
     */
    private static AuditCsv.Row verbatim(AuditCsv.Header header, AuditCsv.RecordReader reader, List<String> cells) {
        List<String> asWritten = reader.verbatim();
        if (asWritten.equals(cells)) {
            return null;
        }
        try {
            AuditCsv.Row row = header.parse(asWritten);
            return AuditChain.hash(row.sequence(), row.event(), row.prevHash()).equals(row.hash()) ? row : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void report(Result result, PrintStream out) {
        if (result.ok()) {
            out.println("verified " + result.verified() + " events"
                    + (result.firstSequence() == null
                            ? ""
                            : " (sequence " + result.firstSequence() + ".." + result.lastSequence() + ")"));
            if (result.gaps() > 0) {
                out.println("note: the file skips sequence numbers in " + result.gaps()
                        + " place(s), as a filtered export does; each row and each adjacent pair was checked,"
                        + " the rows left out were not");
            }
            if (result.verbatimRows() > 0) {
                out.println("note: " + result.verbatimRows() + " row(s) verified with cells starting with ' taken"
                        + " literally, as exports from before the formula guard wrote them");
            }
            if (result.firstSequence() != null && result.firstSequence() > 1) {
                out.println("note: the export starts at sequence " + result.firstSequence()
                        + "; its first prev_hash links to a row outside this file");
            }
            return;
        }
        Broken broken = result.broken();
        out.println("BROKEN at sequence " + broken.sequence() + ": " + broken.reason());
        out.println("  expected: " + broken.expected());
        out.println("  found:    " + broken.found());
        out.println("verified " + result.verified() + " events before it");
    }

    private static long sequenceOrZero(AuditCsv.Header header, List<String> cells) {
        int position = header.names().indexOf("sequence");
        try {
            return position >= cells.size() || cells.get(position) == null ? 0 : Long.parseLong(cells.get(position));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
