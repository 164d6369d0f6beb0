package org.govexchange.contracts.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

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
 * Members: strings as JSON strings, {@code fields} as an array of strings, {@code recordCount} and
 * {@code latencyMs} as integers, {@code occurredAt} as {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (UTC, exactly
 * three fraction digits), enums by name, {@code eventId} as a lower-case UUID. Keys are sorted by UTF-16
 * code units, no whitespace, strings escaped as JCS prescribes. Pure JDK, no dependencies.
 */
public final class AuditChain {

    /** prevHash of sequence 1. */
    public static final String GENESIS = "0".repeat(64);

    /** How {@code fields} is flattened into one CSV cell or DB column; a field code never contains it. */
    public static final String FIELD_SEPARATOR = ";";

    /** JCS serialises numbers as IEEE-754 doubles; beyond this, integers would lose digits. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
                    "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final HexFormat HEX = HexFormat.of();

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
                blankToNull(e.denialCode()),
                e.recordCount(),
                e.fields() == null || e.fields().isEmpty() ? null : e.fields(),
                blankToNull(e.purpose()),
                blankToNull(e.caseId()),
                blankToNull(e.requestId()),
                blankToNull(e.batchId()),
                blankToNull(e.payloadSha256()),
                blankToNull(e.signatureRef()),
                e.latencyMs());
    }

    /**
     * Why an event cannot be stored so that its canonical form survives the round trip through a
     * table column or a CSV cell, or null if it can.
     */
    public static String unrepresentable(AuditEvent e) {
        if (e.occurredAt().isBefore(Instant.EPOCH) || e.occurredAt().isAfter(LATEST)) {
            return "occurredAt must lie between 1970 and 9999";
        }
        for (Long number : new Long[] {e.recordCount(), e.latencyMs()}) {
            if (number != null && Math.abs(number) > MAX_SAFE_INTEGER) {
                return "recordCount and latencyMs must lie within +-(2^53 - 1)";
            }
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
        // String.compareTo orders by UTF-16 code units, which is what JCS prescribes for keys.
        TreeMap<String, String> members = new TreeMap<>();
        members.put("eventId", quote(e.eventId().toString()));
        members.put("occurredAt", quote(formatTime(e.occurredAt())));
        members.put("kind", quote(e.kind().name()));
        members.put("result", quote(e.result().name()));
        putString(members, "actorDept", e.actorDept());
        putString(members, "actorClient", e.actorClient());
        putString(members, "targetResource", e.targetResource());
        putString(members, "providerDept", e.providerDept());
        putString(members, "operation", e.operation());
        putString(members, "denialCode", e.denialCode());
        putString(members, "purpose", e.purpose());
        putString(members, "caseId", e.caseId());
        putString(members, "requestId", e.requestId());
        putString(members, "batchId", e.batchId());
        putString(members, "payloadSha256", e.payloadSha256());
        putString(members, "signatureRef", e.signatureRef());
        putInteger(members, "recordCount", e.recordCount());
        putInteger(members, "latencyMs", e.latencyMs());
        if (e.fields() != null) {
            StringBuilder array = new StringBuilder("[");
            for (String field : e.fields()) {
                if (array.length() > 1) {
                    array.append(',');
                }
                array.append(quote(field));
            }
            members.put("fields", array.append(']').toString());
        }
        StringBuilder json = new StringBuilder(512).append('{');
        members.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(key)).append(':').append(value);
        });
        return json.append('}').toString();
    }

    /** The hash of the event stored at {@code sequence} whose predecessor's hash is {@code prevHash}. */
    public static String hash(long sequence, AuditEvent event, String prevHash) {
        String input = sequence + "\n" + canonicalJson(event) + "\n" + prevHash;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code occurredAt} as it appears in the canonical form and the CSV export. */
    public static String formatTime(Instant instant) {
        return TIME.format(instant);
    }

    /** The inverse of {@link #formatTime}; anything but exactly that shape is refused. */
    public static Instant parseTime(String text) {
        try {
            return Instant.from(TIME.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time of the form 2026-11-22T01:02:03.120Z: " + text, e);
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
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
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
        return out.append('"').toString();
    }

    private static void putString(TreeMap<String, String> members, String key, String value) {
        if (value != null) {
            members.put(key, quote(value));
        }
    }

    private static void putInteger(TreeMap<String, String> members, String key, Long value) {
        if (value != null) {
            members.put(key, Long.toString(value));
        }
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
