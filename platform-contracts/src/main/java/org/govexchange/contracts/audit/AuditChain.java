package org.govexchange.contracts.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The audit log's hash chain: the canonical form of an event and the hash that links it to the one
 * before. The exchange service computes it when it appends, its verification endpoint and the offline
 * {@link AuditCsvVerifier} recompute it; all three use this class, so the formula exists once.
 *
 * <pre>
 * canonical(event) = RFC 8785 (JCS) JSON of the event's non-null members
 * hash(n)          = hex(SHA-256(UTF-8(decimal(n) + "\n" + canonical(event n) + "\n" + prevHash)))
 * prevHash(1)      = "0" x 64;  prevHash(n) = hash(n - 1)
 * </pre>
 *
 * Members: strings as JSON strings, {@code fields} as an array of strings, {@code recordCount},
 * {@code latencyMs}, {@code status} and {@code responseBytes} as integers, {@code occurredAt} as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (UTC, exactly three fraction digits), enums by name, {@code eventId} as
 * a lower-case UUID. Keys are sorted by UTF-16 code units, no whitespace, strings escaped as JCS
 * prescribes. Pure JDK, no dependencies.
 *
 * <p>A member that is null is left out, not written as {@code null}: adding a member to {@link AuditEvent}
 * (as {@code status} and {@code responseBytes} were) leaves the canonical form, and so the hash, of every
 * event without it unchanged, and logs written before still verify.
 */
public final class AuditChain {

    /** prevHash of sequence 1. */
    public static final String GENESIS = "0".repeat(64);

    /** How {@code fields} is flattened into one CSV cell or DB column; a field code never contains it. */
    public static final String FIELD_SEPARATOR = ";";

    /** JCS serialises numbers as IEEE-754 doubles; beyond this, integers would lose digits. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final Pattern TIME_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    /** The member names in canonical order: sorted by UTF-16 code units (checked by a test). */
    static final List<String> MEMBER_ORDER = List.of(
            "actorClient",
            "actorDept",
            "batchId",
            "caseId",
            "denialCode",
            "eventId",
            "fields",
            "kind",
            "latencyMs",
            "occurredAt",
            "operation",
            "payloadSha256",
            "providerDept",
            "purpose",
            "recordCount",
            "requestId",
            "responseBytes",
            "result",
            "signatureRef",
            "status",
            "targetResource");

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

    private static final HexFormat HEX = HexFormat.of();

    /** The range of {@code status}: the HTTP status codes RFC 9110 defines a class for. */
    public static final int MIN_STATUS = 100;

    /** See {@link #MIN_STATUS}. */
    public static final int MAX_STATUS = 599;

    // The last instant a DATETIME(3) column and the four-digit year of the canonical form can hold.
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private AuditChain() {}

    /**
     * The form an event is stored and hashed in: empty strings and empty {@code fields} become null,
     * {@code occurredAt} is truncated to milliseconds. Applied once, at ingest; verification never
     * normalises, so a stored value changed from NULL to '' is detected.
     */
    public static AuditEvent normalise(AuditEvent e) {
        return new AuditEvent(
                e.eventId(),
                e.occurredAt().truncatedTo(ChronoUnit.MILLIS),
                e.kind(),
                blankToNull(e.actorDept()),
                blankToNull(e.actorClient()),
                blankToNull(e.targetResource()),
                blankToNull(e.providerDept()),
                blankToNull(e.operation()),
                e.result(),
                e.status(),
                blankToNull(e.denialCode()),
                e.recordCount(),
                e.fields() == null || e.fields().isEmpty() ? null : e.fields(),
                blankToNull(e.purpose()),
                blankToNull(e.caseId()),
                blankToNull(e.requestId()),
                blankToNull(e.batchId()),
                blankToNull(e.payloadSha256()),
                blankToNull(e.signatureRef()),
                e.latencyMs(),
                e.responseBytes());
    }

    /**
     * Why an event cannot be stored so that its canonical form survives the round trip through a
     * table column or a CSV cell, or null if it can.
     */
    public static String unrepresentable(AuditEvent e) {
        if (e.occurredAt().isBefore(Instant.EPOCH) || e.occurredAt().isAfter(LATEST)) {
            return "occurredAt must lie between 1970 and 9999";
        }
        for (Long number : new Long[] {e.recordCount(), e.latencyMs(), e.responseBytes()}) {
            if (number != null && (number > MAX_SAFE_INTEGER || number < -MAX_SAFE_INTEGER)) {
                return "recordCount, latencyMs and responseBytes must lie within +-(2^53 - 1)";
            }
        }
        if (e.status() != null && (e.status() < MIN_STATUS || e.status() > MAX_STATUS)) {
            return "status must lie between " + MIN_STATUS + " and " + MAX_STATUS;
        }
        if (e.fields() != null) {
            for (String field : e.fields()) {
                if (field == null || field.isEmpty() || field.contains(FIELD_SEPARATOR)) {
                    return "a field code must be non-empty and must not contain '" + FIELD_SEPARATOR + "'";
                }
            }
        }
        for (String text : strings(e)) {
            if (text != null && hasLoneSurrogate(text)) {
                return "strings must be valid Unicode (no unpaired surrogates)";
            }
        }
        return null;
    }

    /** RFC 8785 canonical JSON of the non-null members of {@code e}, exactly as given (not normalised). */
    public static String canonicalJson(AuditEvent e) {
        // Members in MEMBER_ORDER, which is sorted by UTF-16 code units as JCS prescribes for keys.
        StringBuilder json = new StringBuilder(640).append('{');
        appendString(json, "actorClient", e.actorClient());
        appendString(json, "actorDept", e.actorDept());
        appendString(json, "batchId", e.batchId());
        appendString(json, "caseId", e.caseId());
        appendString(json, "denialCode", e.denialCode());
        appendString(json, "eventId", e.eventId().toString());
        if (e.fields() != null) {
            separate(json).append("\"fields\":[");
            for (int i = 0; i < e.fields().size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                quote(json, e.fields().get(i));
            }
            json.append(']');
        }
        appendString(json, "kind", e.kind().name());
        appendInteger(json, "latencyMs", e.latencyMs());
        appendString(json, "occurredAt", formatTime(e.occurredAt()));
        appendString(json, "operation", e.operation());
        appendString(json, "payloadSha256", e.payloadSha256());
        appendString(json, "providerDept", e.providerDept());
        appendString(json, "purpose", e.purpose());
        appendInteger(json, "recordCount", e.recordCount());
        appendString(json, "requestId", e.requestId());
        appendInteger(json, "responseBytes", e.responseBytes());
        appendString(json, "result", e.result().name());
        appendString(json, "signatureRef", e.signatureRef());
        appendInteger(json, "status", e.status() == null ? null : e.status().longValue());
        appendString(json, "targetResource", e.targetResource());
        return json.append('}').toString();
    }

    /** The hash of the event stored at {@code sequence} whose predecessor's hash is {@code prevHash}. */
    public static String hash(long sequence, AuditEvent event, String prevHash) {
        String input = sequence + "\n" + canonicalJson(event) + "\n" + prevHash;
        MessageDigest sha256 = SHA256.get();
        return HEX.formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code occurredAt} as it appears in the canonical form and the CSV export. */
    public static String formatTime(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            throw new IllegalArgumentException("occurredAt must lie between years 0 and 9999: " + instant);
        }
        StringBuilder text = new StringBuilder(24);
        pad(text, t.getYear(), 4).append('-');
        pad(text, t.getMonthValue(), 2).append('-');
        pad(text, t.getDayOfMonth(), 2).append('T');
        pad(text, t.getHour(), 2).append(':');
        pad(text, t.getMinute(), 2).append(':');
        pad(text, t.getSecond(), 2).append('.');
        return pad(text, t.getNano() / 1_000_000, 3).append('Z').toString();
    }

    /** The inverse of {@link #formatTime}; anything but exactly that shape is refused. */
    public static Instant parseTime(String text) {
        if (text == null || !TIME_SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("not a time of the form 2026-11-22T01:02:03.120Z: " + text);
        }
        try {
            return LocalDateTime.of(
                            number(text, 0, 4),
                            number(text, 5, 7),
                            number(text, 8, 10),
                            number(text, 11, 13),
                            number(text, 14, 16),
                            number(text, 17, 19),
                            number(text, 20, 23) * 1_000_000)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid time: " + text, e);
        }
    }

    /** {@code fields} flattened for a column or CSV cell; null stays null. */
    public static String joinFields(List<String> fields) {
        return fields == null ? null : String.join(FIELD_SEPARATOR, fields);
    }

    /** The inverse of {@link #joinFields}: every separator splits, so the round trip is exact. */
    public static List<String> splitFields(String joined) {
        return joined == null ? null : new ArrayList<>(Arrays.asList(joined.split(FIELD_SEPARATOR, -1)));
    }

    /** A JSON string literal escaped as RFC 8785 (ECMAScript JSON.stringify) does. */
    static String quote(String value) {
        return quote(new StringBuilder(value.length() + 2), value).toString();
    }

    private static StringBuilder quote(StringBuilder out, String value) {
        if (!needsEscaping(value)) {
            return out.append('"').append(value).append('"');
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX.toHexDigits((byte) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static StringBuilder separate(StringBuilder json) {
        return json.length() > 1 ? json.append(',') : json;
    }

    private static void appendString(StringBuilder json, String key, String value) {
        if (value != null) {
            separate(json).append('"').append(key).append("\":");
            quote(json, value);
        }
    }

    private static void appendInteger(StringBuilder json, String key, Long value) {
        if (value != null) {
            separate(json).append('"').append(key).append("\":").append(value.longValue());
        }
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> strings(AuditEvent e) {
        List<String> all = new ArrayList<>(Arrays.asList(
                e.actorDept(),
                e.actorClient(),
                e.targetResource(),
                e.providerDept(),
                e.operation(),
                e.denialCode(),
                e.purpose(),
                e.caseId(),
                e.requestId(),
                e.batchId(),
                e.payloadSha256(),
                e.signatureRef()));
        if (e.fields() != null) {
            all.addAll(e.fields());
        }
        return all;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
