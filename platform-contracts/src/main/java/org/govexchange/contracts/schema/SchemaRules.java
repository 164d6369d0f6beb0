package org.govexchange.contracts.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;

/**
 * Whether a list of fields is a schema: each field well formed, codes unique, and each rule one that can be
 * run. The catalog and the certificate service refuse a schema with any of these; how they answer is theirs.
 */
public final class SchemaRules {

    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_PATTERN_LENGTH = 500;
    public static final int MAX_TABLE_VALUES = 500;
    public static final int MAX_TABLE_VALUE_LENGTH = 128;

    private static final Pattern CODE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

    private SchemaRules() {}

    /** Every problem of the schema, in field order; empty when it is one. */
    public static List<FieldViolation> check(List<FieldSpec> fields) {
        List<FieldViolation> problems = new ArrayList<>(0);
        Set<String> codes = new HashSet<>();
        for (FieldSpec field : fields) {
            if (field == null) {
                problems.add(new FieldViolation(null, FieldViolation.FIELD_INVALID, "a field is missing"));
                continue;
            }
            shape(field, problems);
            if (field.code() != null && !codes.add(field.code())) {
                problems.add(new FieldViolation(
                        field.code(), FieldViolation.DUPLICATE_CODE, "field code " + field.code() + " appears twice"));
            }
            rule(field, problems);
        }
        return problems;
    }

    /**
     * Throws 400 {@code VALIDATION_FAILED} with {@code errors} [{field, message}] when a field is malformed (as
     * Bean Validation answered for a request), and returns the schema's other problems (repeated codes, rules
     * that cannot run) for the caller to answer with its own codes.
     */
    public static List<FieldViolation> requireWellFormed(List<FieldSpec> fields) {
        List<FieldViolation> problems = check(fields);
        List<Map<String, String>> malformed = problems.stream()
                .filter(p -> FieldViolation.FIELD_INVALID.equals(p.rule()))
                .map(p -> Map.of("field", "fields." + p.field(), "message", p.message()))
                .toList();
        if (!malformed.isEmpty()) {
            throw new ProblemException(
                    400,
                    ProblemCodes.VALIDATION_FAILED,
                    "The request has invalid values.",
                    Map.of("errors", malformed));
        }
        return problems;
    }

    private static void shape(FieldSpec field, List<FieldViolation> problems) {
        String code = field.code();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(invalid(code, "code must be a letter then up to 63 letters, digits or _"));
        }
        if (field.name() == null || field.name().isBlank() || field.name().length() > MAX_NAME_LENGTH) {
            problems.add(invalid(code, "name must be given, at most " + MAX_NAME_LENGTH + " characters"));
        }
        if (field.type() == null) {
            problems.add(invalid(code, "type must be one of STRING, INTEGER, DECIMAL, DATE, DATETIME, BOOLEAN"));
        }
        if (field.length() != null && field.length() <= 0) {
            problems.add(invalid(code, "length must be positive"));
        }
        FieldValidation validation = field.validation();
        if (validation == null) {
            return;
        }
        if (validation.kind() == null) {
            problems.add(invalid(code, "validation.kind must be one of REGEX, CODE_TABLE, ID_NUMBER, CREDIT_CODE"));
        }
        if (validation.pattern() != null && validation.pattern().length() > MAX_PATTERN_LENGTH) {
            problems.add(invalid(code, "validation.pattern must be at most " + MAX_PATTERN_LENGTH + " characters"));
        }
        List<String> values = validation.values();
        if (values != null
                && (values.size() > MAX_TABLE_VALUES
                        || values.stream().anyMatch(v -> v == null || v.length() > MAX_TABLE_VALUE_LENGTH))) {
            problems.add(invalid(
                    code,
                    "validation.values must be at most " + MAX_TABLE_VALUES + " codes of at most "
                            + MAX_TABLE_VALUE_LENGTH + " characters"));
        }
    }

    private static void rule(FieldSpec field, List<FieldViolation> problems) {
        FieldValidation validation = field.validation();
        if (validation == null || validation.kind() == null) {
            return;
        }
        switch (validation.kind()) {
            case REGEX -> {
                if (validation.pattern() == null || validation.pattern().isBlank()) {
                    problems.add(ruleInvalid(field, "a REGEX rule needs a pattern"));
                } else {
                    // Rules run with RE2/J (linear time): a pattern it cannot compile would never be run.
                    Rules.Compiled compiled = Rules.compile(validation.pattern());
                    if (compiled.pattern() == null) {
                        problems.add(ruleInvalid(
                                field,
                                "the pattern is not a regular expression RE2 can run (" + compiled.error() + ")"));
                    }
                }
            }
            case CODE_TABLE -> {
                if (validation.values() == null || validation.values().isEmpty()) {
                    problems.add(ruleInvalid(field, "a CODE_TABLE rule lists its values"));
                }
            }
            case ID_NUMBER, CREDIT_CODE -> {
                if (field.type() != FieldType.STRING) {
                    problems.add(ruleInvalid(field, validation.kind() + " applies to STRING fields"));
                }
            }
        }
    }

    private static FieldViolation invalid(String code, String message) {
        return new FieldViolation(code, FieldViolation.FIELD_INVALID, message);
    }

    private static FieldViolation ruleInvalid(FieldSpec field, String message) {
        return new FieldViolation(field.code(), FieldViolation.RULE_INVALID, message);
    }
}
