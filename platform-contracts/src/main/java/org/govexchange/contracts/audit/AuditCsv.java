package org.govexchange.contracts.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The audit log's CSV export (RFC 4180, UTF-8 with a byte-order mark, CRLF line ends), written by the
 * exchange service and read back by {@link AuditCsvVerifier}. Each cell holds a value exactly as the
 * canonical form uses it, so an auditor can recompute every hash from the file alone. A NULL member is
 * an empty cell; an empty string (never produced by ingest, but possible after tampering) is {@code ""}.
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
            "prev_hash",
            "hash");

    /** Written first, so that Excel opens the Chinese text as UTF-8. */
    public static final char BOM = '\uFEFF';

    private static final Pattern PLAIN_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,18}");

    private AuditCsv() {}

    /** One data row, parsed. */
    public record Row(long sequence, AuditEvent event, String prevHash, String hash) {}

    /** Appends one record (header or data) and its CRLF. */
    public static void writeRecord(Appendable out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String cell = cells.get(i);
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
                prevHash,
                hash);
    }

    /**
     * Rebuilds a row from its cells. Every cell must be in exactly the form the export writes (a
     * lower-case UUID, a three-digit-fraction UTC time, enum names, plain integers); anything else is
     * refused with {@link IllegalArgumentException}, since it cannot be what was hashed.
     */
    public static Row parse(List<String> cells) {
        if (cells.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " columns, found " + cells.size());
        }
        long sequence = parseLong(cells.get(0), "sequence");
        String eventId = required(cells.get(1), "event_id");
        UUID uuid = UUID.fromString(eventId);
        if (!uuid.toString().equals(eventId)) {
            throw new IllegalArgumentException("event_id is not a lower-case UUID: " + eventId);
        }
        AuditEvent event = new AuditEvent(
                uuid,
                AuditChain.parseTime(required(cells.get(2), "occurred_at")),
                AuditKind.valueOf(required(cells.get(3), "kind")),
                cells.get(4),
                cells.get(5),
                cells.get(6),
                cells.get(7),
                cells.get(8),
                AuditResult.valueOf(required(cells.get(9), "result")),
                cells.get(10),
                cells.get(11) == null ? null : parseLong(cells.get(11), "record_count"),
                AuditChain.splitFields(cells.get(12)),
                cells.get(13),
                cells.get(14),
                cells.get(15),
                cells.get(16),
                cells.get(17),
                cells.get(18),
                cells.get(19) == null ? null : parseLong(cells.get(19), "latency_ms"));
        return new Row(sequence, event, required(cells.get(20), "prev_hash"), required(cells.get(21), "hash"));
    }

    /** Reads RFC 4180 records one at a time, so a file of any size needs constant memory. */
    public static final class RecordReader {

        private final Reader in;
        private int peeked = -2;
        private long line = 1;

        public RecordReader(Reader in) {
            this.in = in;
        }

        /** The line the next record starts on (1-based), for messages. */
        public long line() {
            return line;
        }

        /**
         * The next record's cells (null for an unquoted empty cell, "" for a quoted one), or null at
         * the end of the input. A leading byte-order mark is skipped.
         */
        public List<String> next() throws IOException {
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
