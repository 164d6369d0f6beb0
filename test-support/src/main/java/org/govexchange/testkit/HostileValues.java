package org.govexchange.testkit;

import java.util.List;
import java.util.Set;

/**
 * The table of hostile values {@link HostileWalk} sends into every parameter and body property. Each value names
 * the schema types it is tried against (not the full cross product: a walk must stay well under a minute). Grow
 * this table whenever a bad value is found to get through anywhere.
 */
public final class HostileValues {

    /** The schema type of the slot a value goes into. */
    public enum Slot {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        DATE,
        DATE_TIME,
        ARRAY,
        OBJECT
    }

    /**
     * One value. {@code json} is the raw JSON text put into a body (it may be invalid JSON on purpose, such as
     * {@code NaN}); {@code text} is what goes into a path segment, a query parameter or a header.
     */
    public record Value(String label, String json, String text, Set<Slot> slots) {

        boolean fits(Slot slot) {
            return slots.contains(slot);
        }
    }

    private static final Set<Slot> TEXT = Set.of(Slot.STRING);
    private static final Set<Slot> WHOLE = Set.of(Slot.INTEGER, Slot.NUMBER);
    private static final Set<Slot> NUMERIC = Set.of(Slot.INTEGER, Slot.NUMBER, Slot.STRING);
    private static final Set<Slot> TEMPORAL = Set.of(Slot.DATE, Slot.DATE_TIME);
    private static final Set<Slot> NOT_TEXT =
            Set.of(Slot.INTEGER, Slot.NUMBER, Slot.BOOLEAN, Slot.DATE, Slot.DATE_TIME, Slot.ARRAY, Slot.OBJECT);
    private static final Set<Slot> ANY = Set.of(Slot.values());

    private static final String LONG = "A".repeat(10_000);

    public static final List<Value> TABLE = List.of(
            // text an attacker hopes reaches SQL, HTML, a shell, a spreadsheet or the file system
            text("10k characters", LONG),
            text("SQL injection", "'; DROP TABLE x; --"),
            text("SQL tautology", "' OR '1'='1"),
            text("script tag", "<script>alert(1)</script>"),
            text("NUL and controls", "a\u0000b\u0001c\u001bd\r\ne"),
            text("RTL override and emoji", "\u202eevil\u202c😀𝕏"),
            text("lone surrogate escape", "\\ud800", "\"\\ud800\""),
            text("formula", "=cmd|' /C calc'!A0"),
            text("formula plus", "+SUM(1+1)*cmd|'/C calc'!A0"),
            text("path traversal", "../../etc/passwd"),
            text("percent and braces", "%00%2e%2e/${jndi:ldap://x}"),
            new Value("empty string", "\"\"", "", TEXT),
            new Value("blank", "\"   \"", "   ", TEXT),
            // numbers out of every range, and numbers that are not numbers
            number("-1", "-1", WHOLE),
            number("0", "0", WHOLE),
            number("2^31", "2147483648", NUMERIC),
            number("2^63", "9223372036854775808", NUMERIC),
            number("-2^63-1", "-9223372036854775809", WHOLE),
            number("1e400", "1e400", ANY),
            number("-1e400", "-1e400", NUMERIC),
            number("1.5 for an integer", "1.5", Set.of(Slot.INTEGER)),
            number("1e19", "1e19", WHOLE),
            new Value("NaN as JSON text", "NaN", "NaN", WHOLE),
            new Value("Infinity as JSON text", "Infinity", "Infinity", WHOLE),
            new Value("NaN as a string", "\"NaN\"", "NaN", WHOLE),
            new Value("string for a number", "\"abc\"", "abc", NOT_TEXT),
            new Value("99999999999999999999", "99999999999999999999", "99999999999999999999", WHOLE),
            // dates no column holds or no calendar has
            date("year 0", "0000-01-01"),
            date("year 999999999", "999999999-12-31"),
            date("year +999999999", "+999999999-12-31"),
            date("year -999999999", "-999999999-01-01"),
            date("February 30", "2026-02-30"),
            date("year 1899", "1899-12-31"),
            date("garbage date", "not-a-date"),
            new Value(
                    "instant year 999999999", "\"+999999999-12-31T23:59:59Z\"", "+999999999-12-31T23:59:59Z", TEMPORAL),
            new Value("hour 25", "\"2026-01-01T25:00:00Z\"", "2026-01-01T25:00:00Z", TEMPORAL),
            // wrong JSON types
            new Value("array for a value", "[]", "[]", ANY),
            new Value(
                    "object for a value",
                    "{}",
                    "{}",
                    Set.of(
                            Slot.STRING,
                            Slot.INTEGER,
                            Slot.NUMBER,
                            Slot.BOOLEAN,
                            Slot.DATE,
                            Slot.DATE_TIME,
                            Slot.ARRAY)),
            new Value("string for an object", "\"x\"", "x", Set.of(Slot.ARRAY, Slot.OBJECT, Slot.BOOLEAN)),
            new Value("true for a value", "true", "true", NOT_TEXT),
            new Value("array of 10k-character strings", "[\"" + LONG + "\"]", LONG, Set.of(Slot.ARRAY)),
            new Value("20k-element array", "[" + "1,".repeat(19_999) + "1]", "1", Set.of(Slot.ARRAY)),
            new Value("deep nesting", "[".repeat(2_000) + "]".repeat(2_000), "[[[", Set.of(Slot.OBJECT)));

    /** Whole request bodies: each replaces a valid body, or goes with the wrong media type. */
    public enum Body {
        TRUNCATED,
        EMPTY,
        ARRAY_FOR_OBJECT,
        STRING_FOR_OBJECT,
        NULL,
        NAN,
        DEEP_NESTING,
        WRONG_CONTENT_TYPE,
        XML_CONTENT_TYPE
    }

    private HostileValues() {}

    /** The values tried against a slot of this type. */
    public static List<Value> forSlot(Slot slot) {
        return TABLE.stream().filter(value -> value.fits(slot)).toList();
    }

    private static Value text(String label, String text) {
        return new Value(label, quote(text), text, TEXT);
    }

    private static Value text(String label, String text, String json) {
        return new Value(label, json, text, TEXT);
    }

    private static Value number(String label, String literal, Set<Slot> slots) {
        return new Value(label, literal, literal, slots);
    }

    private static Value date(String label, String date) {
        return new Value(label, quote(date), date, TEMPORAL);
    }

    /** A JSON string literal: quotes, backslashes and every control character escaped. */
    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
