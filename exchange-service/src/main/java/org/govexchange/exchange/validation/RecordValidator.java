package org.govexchange.exchange.validation;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.exchange.catalog.CatalogModel;
import org.springframework.stereotype.Component;

/**
 * Checks one record against its resource's fields (质量检查): no unknown fields, required fields present, each
 * value of its field's type and length, and the field's rule (regular expression, code table, GB 11643 ID
 * number, GB 32100 credit code). The record key must be the key fields joined with {@code |}. A DELETE carries
 * only its key fields, and only those are checked. All violations of a record are reported, not just the first.
 */
@Component
public class RecordValidator {

    public static final String REQUIRED = "REQUIRED";
    public static final String TYPE = "TYPE";
    public static final String LENGTH = "LENGTH";
    public static final String REGEX = "REGEX";
    public static final String CODE_TABLE = "CODE_TABLE";
    public static final String ID_NUMBER = "ID_NUMBER";
    public static final String CREDIT_CODE = "CREDIT_CODE";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String KEY_MISMATCH = "KEY_MISMATCH";

    /** A rule's pattern, compiled by RE2/J, or why it cannot be. */
    private record Compiled(Pattern pattern, String error) {}

    private final Map<String, Compiled> patterns = new ConcurrentHashMap<>();

    public List<Violation> validate(CatalogModel.Resource resource, ExchangeRecord record) {
        List<Violation> violations = new ArrayList<>(0);
        Map<String, Object> data = record.data();
        for (String field : data.keySet()) {
            if (resource.field(field).isEmpty()) {
                violations.add(new Violation(field, UNKNOWN_FIELD, "the resource has no field '" + field + "'"));
            }
        }
        boolean delete = record.op() == RecordOp.DELETE;
        for (CatalogModel.Field field : resource.fields()) {
            if (delete && !field.isKey()) {
                continue;
            }
            Object value = data.get(field.code());
            if (value == null) {
                if (field.isRequired()) {
                    violations.add(new Violation(field.code(), REQUIRED, "'" + field.code() + "' is required"));
                }
                continue;
            }
            Violation violation = check(field, value);
            if (violation != null) {
                violations.add(violation);
            }
        }
        List<String> keys = resource.keyFields();
        if (!keys.isEmpty() && keys.stream().allMatch(k -> data.get(k) != null)) {
            var joined = new StringJoiner("|");
            keys.forEach(k -> joined.add(String.valueOf(data.get(k))));
            if (!joined.toString().equals(record.key())) {
                violations.add(new Violation(
                        null, KEY_MISMATCH, "the record key '" + record.key() + "' is not its key fields " + keys));
            }
        }
        return violations;
    }

    private Violation check(CatalogModel.Field field, Object value) {
        String code = field.code();
        String type = field.type() == null ? "STRING" : field.type();
        String text;
        switch (type) {
            case "INTEGER" -> {
                if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
                    return typeViolation(code, "an integer", value);
                }
                text = value.toString();
            }
            case "DECIMAL" -> {
                if (!(value instanceof Number)) {
                    return typeViolation(code, "a number", value);
                }
                text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            }
            case "BOOLEAN" -> {
                if (!(value instanceof Boolean)) {
                    return typeViolation(code, "true or false", value);
                }
                return null;
            }
            case "DATE" -> {
                if (!(value instanceof String s) || !parses(() -> LocalDate.parse(s))) {
                    return typeViolation(code, "a date yyyy-MM-dd", value);
                }
                text = s;
            }
            case "DATETIME" -> {
                if (!(value instanceof String s)
                        || !(parses(() -> LocalDateTime.parse(s)) || parses(() -> OffsetDateTime.parse(s)))) {
                    return typeViolation(code, "a date-time yyyy-MM-ddTHH:mm:ss", value);
                }
                text = s;
            }
            default -> {
                if (!(value instanceof String s)) {
                    return typeViolation(code, "a string", value);
                }
                text = s;
            }
        }
        if (field.length() != null && text.codePointCount(0, text.length()) > field.length()) {
            return new Violation(code, LENGTH, "'" + code + "' is longer than " + field.length() + " characters");
        }
        CatalogModel.Validation rule = field.validation();
        if (rule == null || rule.kind() == null) {
            return null;
        }
        return switch (rule.kind()) {
            case "REGEX" -> regex(code, rule.pattern(), text);
            case "CODE_TABLE" ->
                rule.values() != null && rule.values().contains(text)
                        ? null
                        : new Violation(code, CODE_TABLE, "'" + code + "' = '" + text + "' is not in its code table");
            case "ID_NUMBER" ->
                ResidentIdNumbers.check(text)
                        .map(v -> new Violation(code, ID_NUMBER, v.code() + ": " + v.message()))
                        .orElse(null);
            case "CREDIT_CODE" ->
                CreditCodes.check(text)
                        .map(v -> new Violation(code, CREDIT_CODE, v.code() + ": " + v.message()))
                        .orElse(null);
            default -> null;
        };
    }

    /**
     * RE2/J runs in time linear in the value, whatever the pattern ({@code (a+)+$} included): a provider's rule
     * cannot stall the uplink thread. A pattern it cannot compile (back-references, look-around) refuses the
     * value with the reason, rather than letting everything through.
     */
    private Violation regex(String code, String pattern, String text) {
        if (pattern == null) {
            return null;
        }
        Compiled compiled = patterns.computeIfAbsent(pattern, RecordValidator::compile);
        if (compiled.pattern() == null) {
            return new Violation(
                    code, REGEX, "'" + code + "' has a rule pattern that cannot be run: " + compiled.error());
        }
        return compiled.pattern().matcher(text).matches()
                ? null
                : new Violation(code, REGEX, "'" + code + "' does not match " + pattern);
    }

    private static Compiled compile(String pattern) {
        try {
            return new Compiled(Pattern.compile(pattern), null);
        } catch (PatternSyntaxException e) {
            return new Compiled(null, e.getMessage());
        }
    }

    private static Violation typeViolation(String code, String expected, Object value) {
        String shown = value instanceof String ? "a string" : value.getClass().getSimpleName();
        return new Violation(code, TYPE, "'" + code + "' must be " + expected + ", got " + shown);
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
