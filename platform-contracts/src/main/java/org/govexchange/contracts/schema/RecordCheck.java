package org.govexchange.contracts.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.identifier.ResidentIdNumbers;

/**
 * Checks a record (field code → JSON value) against a schema (质量检查): no unknown fields, required fields
 * present, each value of its field's type, within range and length, and keeping its rule (RE2 regular
 * expression, code table, GB 11643 ID number, GB 32100 credit code). Every violation is reported, in schema
 * order, then the unknown fields. The one check the catalog's hub, the certificate service and anything else
 * holding a catalog schema run.
 */
public final class RecordCheck {

    /** Integers beyond this lose precision as JSON numbers (IEEE 754 doubles, RFC 8785). */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    public static final int MAX_DECIMAL_DIGITS = 38;
    public static final int MIN_YEAR = CalendarRange.MIN_YEAR;
    public static final int MAX_YEAR = CalendarRange.MAX_YEAR;

    /**
     * @param values the present values in schema order and one form: INTEGER a Long, DECIMAL a plain decimal
     *     string, DATE and DATETIME ISO text, ID numbers upper case; only meaningful when {@link #valid()}
     * @param violations empty when the record passes
     */
    public record Result(Map<String, Object> values, List<FieldViolation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private RecordCheck() {}

    /** Checks every field of the schema. */
    public static Result check(List<FieldSpec> fields, Map<String, Object> record) {
        return check(fields, record, false);
    }

    /** Checks only the key fields (a DELETE carries just those); other known fields may be absent. */
    public static Result checkKeys(List<FieldSpec> fields, Map<String, Object> record) {
        return check(fields, record, true);
    }

    private static Result check(List<FieldSpec> fields, Map<String, Object> record, boolean keysOnly) {
        Map<String, Object> input = record == null ? Map.of() : record;
        List<FieldViolation> violations = new ArrayList<>(0);
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (FieldSpec field : fields) {
            known.add(field.code());
            if (keysOnly && !field.isKey()) {
                continue;
            }
            Object value = input.get(field.code());
            if (value == null) {
                if (field.isRequired()) {
                    violations.add(new FieldViolation(
                            field.code(), FieldViolation.REQUIRED, "'" + field.code() + "' is required"));
                }
                continue;
            }
            try {
                values.put(field.code(), checkValue(field, value));
            } catch (Refused refused) {
                violations.add(new FieldViolation(field.code(), refused.rule, "'" + field.code() + "' " + refused.why));
            }
        }
        for (String code : input.keySet()) {
            if (!known.contains(code)) {
                violations.add(new FieldViolation(
                        code, FieldViolation.UNKNOWN_FIELD, "'" + code + "' is not a field of the schema"));
            }
        }
        return new Result(values, violations);
    }

    /** A value's refusal, caught per field; carries no stack trace (records may be refused in bulk). */
    private static final class Refused extends RuntimeException {
        private final String rule;
        private final String why;

        Refused(String rule, String why) {
            super(why, null, false, false);
            this.rule = rule;
            this.why = why;
        }
    }

    private static Object checkValue(FieldSpec field, Object value) {
        Object normalized = typed(field.type() == null ? FieldType.STRING : field.type(), value);
        if (normalized instanceof Boolean) {
            return normalized;
        }
        String text = normalized.toString();
        if (field.length() != null && text.codePointCount(0, text.length()) > field.length()) {
            throw new Refused(FieldViolation.LENGTH, "is longer than " + field.length() + " characters");
        }
        FieldValidation rule = field.validation();
        if (rule == null || rule.kind() == null) {
            return normalized;
        }
        switch (rule.kind()) {
            case REGEX -> regex(rule.pattern(), text);
            case CODE_TABLE -> {
                if (rule.values() == null || !rule.values().contains(text)) {
                    throw new Refused(FieldViolation.CODE_TABLE, "= '" + text + "' is not in its code table");
                }
            }
            case ID_NUMBER -> {
                identifier(
                        FieldViolation.ID_NUMBER, ResidentIdNumbers.check(text).orElse(null));
                return ResidentIdNumbers.normalize(text);
            }
            case CREDIT_CODE ->
                identifier(FieldViolation.CREDIT_CODE, CreditCodes.check(text).orElse(null));
        }
        return normalized;
    }

    private static Object typed(FieldType type, Object value) {
        return switch (type) {
            case STRING -> string(value, "a string");
            case INTEGER -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
                    throw wrongType("a whole number", value);
                }
                BigInteger number = new BigInteger(value.toString());
                if (number.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
                    throw new Refused(FieldViolation.RANGE, "must be within ±" + MAX_SAFE_INTEGER);
                }
                yield number.longValueExact();
            }
            case DECIMAL -> decimal(value);
            case DATE -> {
                String text = string(value, "a date yyyy-MM-dd");
                try {
                    LocalDate date = LocalDate.parse(text);
                    yield inYears(date.getYear(), date.toString());
                } catch (DateTimeParseException e) {
                    throw wrongType("a date yyyy-MM-dd", value);
                }
            }
            case DATETIME -> dateTime(string(value, "an ISO-8601 date-time"));
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw wrongType("true or false", value);
                }
                yield value;
            }
        };
    }

    private static String decimal(Object value) {
        if (!(value instanceof Number || value instanceof String)) {
            throw wrongType("a number or a decimal string", value);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            // Also NaN and ±Infinity, which a double can carry (1e400 parsed as a double is Infinity).
            throw new Refused(FieldViolation.TYPE, "is not a finite decimal number");
        }
        // 1e999999999 is a valid BigDecimal whose plain form has a billion digits.
        if (number.precision() - number.scale() > MAX_DECIMAL_DIGITS || number.scale() > MAX_DECIMAL_DIGITS) {
            throw new Refused(
                    FieldViolation.RANGE,
                    "must have at most " + MAX_DECIMAL_DIGITS + " digits before and after the point");
        }
        return number.toPlainString();
    }

    private static String dateTime(String text) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(text);
            return inYears(at.getYear(), at.toString());
        } catch (DateTimeParseException offsetMissing) {
            try {
                LocalDateTime at = LocalDateTime.parse(text);
                return inYears(at.getYear(), at.toString());
            } catch (DateTimeParseException e) {
                throw new Refused(FieldViolation.TYPE, "must be an ISO-8601 date-time, got a string");
            }
        }
    }

    /** Dates lie in the years 1900 to 9999, as everywhere on the platform. */
    private static String inYears(int year, String normalized) {
        if (!CalendarRange.holds(year)) {
            throw new Refused(FieldViolation.RANGE, "must lie in the years " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return normalized;
    }

    /**
     * RE2/J runs in time linear in the value, whatever the pattern ({@code (a+)+$} included): a provider's rule
     * cannot stall a thread. A pattern it cannot compile refuses the value with the reason, rather than letting
     * everything through.
     */
    private static void regex(String pattern, String text) {
        if (pattern == null) {
            return;
        }
        Rules.Compiled compiled = Rules.compile(pattern);
        if (compiled.pattern() == null) {
            throw new Refused(FieldViolation.REGEX, "has a rule pattern that cannot be run: " + compiled.error());
        }
        if (!compiled.pattern().matcher(text).matches()) {
            throw new Refused(FieldViolation.REGEX, "does not match " + pattern);
        }
    }

    private static void identifier(String rule, IdentifierViolation violation) {
        if (violation != null) {
            throw new Refused(rule, violation.code() + ": " + violation.message());
        }
    }

    private static String string(Object value, String expected) {
        if (!(value instanceof String s)) {
            throw wrongType(expected, value);
        }
        return s;
    }

    private static Refused wrongType(String expected, Object value) {
        String shown = value instanceof String ? "a string" : value.getClass().getSimpleName();
        return new Refused(FieldViolation.TYPE, "must be " + expected + ", got " + shown);
    }
}
