package org.govexchange.contracts.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The audit log's CSV export (RFC 4180, UTF-8 with a byte-order mark, CRLF line ends), written by the
 * exchange service and read back by {@link AuditCsvVerifier}. Each cell holds a value exactly as the
 * canonical form uses it, so an auditor can recompute every hash from the file alone. A NULL member is
 * an empty cell; an empty string (never produced by ingest, but possible after tampering) is {@code ""}.
 *
 * <p><b>Formula guard.</b> A spreadsheet evaluates a cell that starts with {@code =}, {@code +}, {@code -}
 * or {@code @} (and some treat a leading TAB or CR alike), and purposes and case ids come from request
 * headers. So {@link #writeRecord} writes every cell whose value starts with one of those characters
 * <i>or with {@code '}</i> with one {@code '} put before it (the OWASP CSV-injection rule; Excel shows the
 * cell as text and hides the quote), and {@link RecordReader} removes exactly one leading {@code '} from
 * every cell. Guarding a leading {@code '} too makes the rule a bijection: {@code '=x} is written
 * {@code ''=x} and reads back as {@code '=x}. Exports written before the guard existed never prefixed;
 * their only cells starting with {@code '} are values that did, so {@link AuditCsvVerifier} retries a
 * row whose hash does not match with its cells exactly as the file holds them ({@link
 * RecordReader#verbatim}).
 *
 * <p>The chain columns frame the event: {@code sequence} first, {@code prev_hash} and {@code hash} last,
 * the event's members in between. Readers find columns by their header name ({@link Header}), so an
 * export written before a member existed (without {@link #OPTIONAL_COLUMNS}) still reads and verifies.
 */
public final class AuditCsv {

    /** The header row, in column order. */
    public static final List<String> COLUMNS = List.of(
            "sequence",
            "event_id",
            "occurred_at",
            "kind",
            "actor_dept",
            "actor_client",
            "target_resource",
            "provider_dept",
            "operation",
            "result",
            "denial_code",
            "record_count",
            "fields",
            "purpose",
            "case_id",
            "request_id",
            "batch_id",
            "payload_sha256",
            "signature_ref",
            "latency_ms",
            "status",
            "response_bytes",
            "prev_hash",
            "hash");

    /**
     * Columns that exports written before the member existed lack. Missing, they read as NULL, which is
     * what those events hold: the canonical form leaves NULL members out, so their hashes still match.
     */
    public static final Set<String> OPTIONAL_COLUMNS = Set.of("status", "response_bytes");

    /** Written first, so that Excel opens the Chinese text as UTF-8. */
    public static final char BOM = '\uFEFF';

    /** Put before a cell whose value could be taken for a formula (or starts with itself). */
    public static final char GUARD = '\'';

    private static final Pattern PLAIN_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,18}");

    private AuditCsv() {}

    /** One data row, parsed. */
    public record Row(long sequence, AuditEvent event, String prevHash, String hash) {}

    /** Appends one record (header or data) and its CRLF, each value formula-guarded ({@link #guard}). */
    public static void writeRecord(Appendable out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String cell = guard(cells.get(i));
                if (cell == null) {
                    continue;
                }
                if (cell.isEmpty() || needsQuotes(cell)) {
                    out.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(cell);
                }
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cell text for {@code value}: {@link #GUARD} put before it when it starts with {@code '},
     * {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR; otherwise the value itself (null stays null).
     */
    public static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case GUARD, '=', '+', '-', '@', '\t', '\r' -> GUARD + value;
            default -> value;
        };
    }

    /** The inverse of {@link #guard}: exactly one leading {@link #GUARD} removed, if there is one. */
    public static String unguard(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == GUARD ? cell.substring(1) : cell;
    }

    /** The cells of a stored event, in {@link #COLUMNS} order. */
    public static List<String> cells(long sequence, AuditEvent e, String prevHash, String hash) {
        return Arrays.asList(
                Long.toString(sequence),
                e.eventId().toString(),
                AuditChain.formatTime(e.occurredAt()),
                e.kind().name(),
                e.actorDept(),
                e.actorClient(),
                e.targetResource(),
                e.providerDept(),
                e.operation(),
                e.result().name(),
                e.denialCode(),
                e.recordCount() == null ? null : e.recordCount().toString(),
                AuditChain.joinFields(e.fields()),
                e.purpose(),
                e.caseId(),
                e.requestId(),
                e.batchId(),
                e.payloadSha256(),
                e.signatureRef(),
                e.latencyMs() == null ? null : e.latencyMs().toString(),
                e.status() == null ? null : e.status().toString(),
                e.responseBytes() == null ? null : e.responseBytes().toString(),
                prevHash,
                hash);
    }

    /**
     * Rebuilds a row from its cells, in {@link #COLUMNS} order. Every cell must be in exactly the form the
     * export writes (a lower-case UUID, a three-digit-fraction UTC time, enum names, plain integers);
     * anything else is refused with {@link IllegalArgumentException}, since it cannot be what was hashed.
     */
    public static Row parse(List<String> cells) {
        return Header.CURRENT.parse(cells);
    }

    /**
     * The columns of one file, as its header row names them: rows are read by column name, not position,
     * so the current export and one written before {@link #OPTIONAL_COLUMNS} existed both read.
     */
    public static final class Header {

        /** The header this version writes. */
        public static final Header CURRENT = of(COLUMNS);

        private final List<String> names;
        private final Map<String, Integer> positions;

        private Header(List<String> names, Map<String, Integer> positions) {
            this.names = names;
            this.positions = positions;
        }

        /**
         * The header of an audit export: every one of {@link #COLUMNS}, in any order, each once; only
         * {@link #OPTIONAL_COLUMNS} may be missing, and no other name may appear.
         *
         * @throws IllegalArgumentException if {@code names} is not such a header
         */
        public static Header of(List<String> names) {
            if (names == null || names.isEmpty()) {
                throw new IllegalArgumentException("no header row");
            }
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name == null || !COLUMNS.contains(name)) {
                    throw new IllegalArgumentException("unknown column " + (name == null ? "(empty)" : name));
                }
                if (positions.putIfAbsent(name, i) != null) {
                    throw new IllegalArgumentException("column " + name + " appears twice");
                }
            }
            for (String column : COLUMNS) {
                if (!positions.containsKey(column) && !OPTIONAL_COLUMNS.contains(column)) {
                    throw new IllegalArgumentException("column " + column + " is missing");
                }
            }
            return new Header(List.copyOf(names), Map.copyOf(positions));
        }

        /** The column names in file order. */
        public List<String> names() {
            return names;
        }

        /** Whether the file has this column. */
        public boolean has(String column) {
            return positions.containsKey(column);
        }

        /** Rebuilds a data row of this file; see {@link AuditCsv#parse}. */
        public Row parse(List<String> cells) {
            if (cells.size() != names.size()) {
                throw new IllegalArgumentException("expected " + names.size() + " columns, found " + cells.size());
            }
            long sequence = parseLong(cell(cells, "sequence"), "sequence");
            String eventId = required(cell(cells, "event_id"), "event_id");
            UUID uuid = UUID.fromString(eventId);
            if (!uuid.toString().equals(eventId)) {
                throw new IllegalArgumentException("event_id is not a lower-case UUID: " + eventId);
            }
            AuditEvent event = new AuditEvent(
                    uuid,
                    AuditChain.parseTime(required(cell(cells, "occurred_at"), "occurred_at")),
                    AuditKind.valueOf(required(cell(cells, "kind"), "kind")),
                    cell(cells, "actor_dept"),
                    cell(cells, "actor_client"),
                    cell(cells, "target_resource"),
                    cell(cells, "provider_dept"),
                    cell(cells, "operation"),
                    AuditResult.valueOf(required(cell(cells, "result"), "result")),
                    optionalInt(cell(cells, "status"), "status"),
                    cell(cells, "denial_code"),
                    optionalLong(cell(cells, "record_count"), "record_count"),
                    AuditChain.splitFields(cell(cells, "fields")),
                    cell(cells, "purpose"),
                    cell(cells, "case_id"),
                    cell(cells, "request_id"),
                    cell(cells, "batch_id"),
                    cell(cells, "payload_sha256"),
                    cell(cells, "signature_ref"),
                    optionalLong(cell(cells, "latency_ms"), "latency_ms"),
                    optionalLong(cell(cells, "response_bytes"), "response_bytes"));
            return new Row(
                    sequence,
                    event,
                    required(cell(cells, "prev_hash"), "prev_hash"),
                    required(cell(cells, "hash"), "hash"));
        }

        private String cell(List<String> cells, String column) {
            Integer position = positions.get(column);
            return position == null ? null : cells.get(position);
        }
    }

    /** Reads RFC 4180 records one at a time, so a file of any size needs constant memory. */
    public static final class RecordReader {

        private final Reader in;
        private int peeked = -2;
        private long line = 1;
        private List<String> verbatim;

        public RecordReader(Reader in) {
            this.in = in;
        }

        /** The line the next record starts on (1-based), for messages. */
        public long line() {
            return line;
        }

        /**
         * The next record's values (null for an unquoted empty cell, "" for a quoted one), each with its
         * formula guard removed ({@link #unguard}), or null at the end of the input. A leading byte-order
         * mark is skipped.
         */
        public List<String> next() throws IOException {
            verbatim = readCells();
            if (verbatim == null) {
                return null;
            }
            List<String> values = new ArrayList<>(verbatim.size());
            for (String cell : verbatim) {
                values.add(unguard(cell));
            }
            return values;
        }

        /**
         * The record {@link #next} returned last, as the file holds it (guards not removed): how an
         * export from before the formula guard must be read.
         */
        public List<String> verbatim() {
            return verbatim == null ? null : Collections.unmodifiableList(verbatim);
        }

        private List<String> readCells() throws IOException {
            int c = read();
            if (c == BOM && line == 1) {
                c = read();
            }
            if (c == -1) {
                return null;
            }
            List<String> cells = new ArrayList<>(COLUMNS.size());
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (c == '"' && cell.isEmpty() && !quoted) {
                    quoted = true;
                    readQuoted(cell);
                    c = read();
                    continue;
                }
                if (c == ',' || c == '\r' || c == '\n' || c == -1) {
                    cells.add(quoted || !cell.isEmpty() ? cell.toString() : null);
                    cell.setLength(0);
                    quoted = false;
                    if (c == ',') {
                        c = read();
                        continue;
                    }
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    if (c != -1) {
                        line++;
                    }
                    return cells;
                }
                if (quoted) {
                    throw new IOException("line " + line + ": text after a closing quote");
                }
                cell.append((char) c);
                c = read();
            }
        }

        private void readQuoted(StringBuilder cell) throws IOException {
            while (true) {
                int c = read();
                if (c == -1) {
                    throw new IOException("line " + line + ": a quoted cell is not closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        cell.append('"');
                        continue;
                    }
                    return;
                }
                if (c == '\n') {
                    line++;
                }
                cell.append((char) c);
            }
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return in.read();
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    private static String required(String cell, String column) {
        if (cell == null) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return cell;
    }

    private static Long optionalLong(String cell, String column) {
        return cell == null ? null : parseLong(cell, column);
    }

    private static Integer optionalInt(String cell, String column) {
        if (cell == null) {
            return null;
        }
        long value = parseLong(cell, column);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(column + " is out of range: " + cell);
        }
        return (int) value;
    }

    private static long parseLong(String cell, String column) {
        String text = required(cell, column);
        // Only the plain decimal form the export writes: no '+', no leading zeros, no spaces.
        if (!PLAIN_INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException(column + " is not a plain integer: " + text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a plain integer: " + text, e);
        }
    }
}
