package org.govexchange.certificate.type;

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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.IdentifierViolation;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.contracts.problem.ProblemException;

/**
 * The field schema of a certificate type: checks a certificate's {@code data} against it and brings each
 * value into one form (dates ISO, decimals as plain strings), because that form is what gets signed.
 */
public final class DataSchema {

    /** 422: the data of a certificate does not match its type's schema; {@code errors} says where. */
    public static final String DATA_INVALID = "CERTIFICATE_DATA_INVALID";

    /** 422: a type's field schema is inconsistent (duplicate codes, a bad pattern…). */
    public static final String SCHEMA_INVALID = "CERTIFICATE_TYPE_SCHEMA_INVALID";

    /** Integers beyond this lose precision in RFC 8785 (IEEE 754 doubles). */
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final int MAX_DECIMAL_DIGITS = 38;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 9999;

    private final List<FieldSpec> fields;

    DataSchema(List<FieldSpec> fields) {
        this.fields = List.copyOf(fields);
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    /** Throws {@link #SCHEMA_INVALID} when the field specs contradict themselves. */
    static void requireConsistent(List<FieldSpec> fields) {
        List<Map<String, String>> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (FieldSpec field : fields) {
            if (!codes.add(field.code())) {
                errors.add(error(field.code(), "appears twice"));
            }
            FieldValidation validation = field.validation();
            if (validation == null) {
                continue;
            }
            switch (validation.kind()) {
                case REGEX -> {
                    if (validation.pattern() == null || validation.pattern().isEmpty()) {
                        errors.add(error(field.code(), "REGEX needs a pattern"));
                    } else {
                        try {
                            Pattern.compile(validation.pattern());
                        } catch (PatternSyntaxException e) {
                            errors.add(error(field.code(), "pattern is not a valid regular expression"));
                        }
                    }
                }
                case CODE_TABLE -> {
                    if (validation.values() == null || validation.values().isEmpty()) {
                        errors.add(error(field.code(), "CODE_TABLE needs values"));
                    }
                }
                case ID_NUMBER, CREDIT_CODE -> {
                    if (field.type() != FieldType.STRING) {
                        errors.add(error(field.code(), validation.kind() + " applies to STRING fields"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422, SCHEMA_INVALID, "The field schema is inconsistent.", Map.of("errors", errors));
        }
    }

    /**
     * The data in its signed form, in schema order; throws {@link #DATA_INVALID} listing every field that
     * is missing, unknown, of the wrong type or breaking its rule.
     */
    public Map<String, Object> validate(Map<String, Object> data) {
        Map<String, Object> input = data == null ? Map.of() : data;
        List<Map<String, String>> errors = new ArrayList<>();
        Map<String, Object> normalized = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (FieldSpec field : fields) {
            known.add(field.code());
            Object value = input.get(field.code());
            if (value == null) {
                if (field.required()) {
                    errors.add(error(field.code(), "is required"));
                }
                continue;
            }
            try {
                normalized.put(field.code(), check(field, value));
            } catch (IllegalArgumentException e) {
                errors.add(error(field.code(), e.getMessage()));
            }
        }
        for (String key : input.keySet()) {
            if (!known.contains(key)) {
                errors.add(error(key, "is not a field of this certificate type"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422,
                    DATA_INVALID,
                    "The certificate data does not match the type's field schema.",
                    Map.of("errors", errors));
        }
        return normalized;
    }

    private static Object check(FieldSpec field, Object value) {
        Object normalized = normalize(field, value);
        FieldValidation validation = field.validation();
        if (validation == null) {
            return normalized;
        }
        String text = String.valueOf(normalized);
        switch (validation.kind()) {
            case REGEX -> {
                if (!text.matches(validation.pattern())) {
                    throw new IllegalArgumentException("does not match " + validation.pattern());
                }
            }
            case CODE_TABLE -> {
                if (!validation.values().contains(text)) {
                    throw new IllegalArgumentException("is not one of " + validation.values());
                }
            }
            case ID_NUMBER -> {
                IdentifierViolation violation = ResidentIdNumbers.check(text).orElse(null);
                if (violation != null) {
                    throw new IllegalArgumentException(violation.code() + ": " + violation.message());
                }
                return ResidentIdNumbers.normalize(text);
            }
            case CREDIT_CODE -> {
                IdentifierViolation violation = CreditCodes.check(text).orElse(null);
                if (violation != null) {
                    throw new IllegalArgumentException(violation.code() + ": " + violation.message());
                }
            }
        }
        return normalized;
    }

    private static Object normalize(FieldSpec field, Object value) {
        return switch (field.type()) {
            case STRING -> {
                if (!(value instanceof String s)) {
                    throw new IllegalArgumentException("must be a string");
                }
                if (field.length() != null && s.codePointCount(0, s.length()) > field.length()) {
                    throw new IllegalArgumentException("is longer than " + field.length() + " characters");
                }
                yield s;
            }
            case INTEGER -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
                    throw new IllegalArgumentException("must be a whole number");
                }
                BigInteger number = new BigInteger(value.toString());
                if (number.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
                    throw new IllegalArgumentException("must be within ±" + MAX_SAFE_INTEGER);
                }
                yield number.longValueExact();
            }
            case DECIMAL -> {
                if (!(value instanceof Number || value instanceof String)) {
                    throw new IllegalArgumentException("must be a number or a decimal string");
                }
                BigDecimal number;
                try {
                    number = new BigDecimal(value.toString()).stripTrailingZeros();
                } catch (NumberFormatException e) {
                    // Also NaN and ±Infinity, which a double can carry.
                    throw new IllegalArgumentException("is not a finite decimal number");
                }
                // 1e999999999 is a valid BigDecimal whose plain form has a billion digits.
                if (number.precision() - number.scale() > MAX_DECIMAL_DIGITS || number.scale() > MAX_DECIMAL_DIGITS) {
                    throw new IllegalArgumentException(
                            "must have at most " + MAX_DECIMAL_DIGITS + " digits before and after the point");
                }
                yield number.toPlainString();
            }
            case DATE -> {
                LocalDate date;
                try {
                    date = LocalDate.parse(requireString(value));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("is not a date (yyyy-MM-dd)");
                }
                yield inYears(date.getYear(), date.toString());
            }
            case DATETIME -> {
                String text = requireString(value);
                try {
                    OffsetDateTime at = OffsetDateTime.parse(text);
                    yield inYears(at.getYear(), at.toString());
                } catch (DateTimeParseException offsetMissing) {
                    try {
                        LocalDateTime at = LocalDateTime.parse(text);
                        yield inYears(at.getYear(), at.toString());
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("is not an ISO-8601 date-time");
                    }
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    throw new IllegalArgumentException("must be true or false");
                }
                yield value;
            }
        };
    }

    /** Dates in certificate data lie in the years 1900 to 9999, as the validity dates do. */
    private static String inYears(int year, String normalized) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("must lie in the years " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return normalized;
    }

    private static String requireString(Object value) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("must be a string");
        }
        return s;
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }
}
