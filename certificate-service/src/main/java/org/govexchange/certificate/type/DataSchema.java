package org.govexchange.certificate.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.contracts.schema.FieldViolation;
import org.govexchange.contracts.schema.RecordCheck;
import org.govexchange.contracts.schema.SchemaRules;

/**
 * The field schema of a certificate type, checked with the platform's one field check ({@link RecordCheck});
 * what passes comes back in one form (dates ISO, decimals as plain strings), because that form is signed.
 */
public final class DataSchema {

    /** 422: the data of a certificate does not match its type's schema; {@code errors} says where. */
    public static final String DATA_INVALID = "CERTIFICATE_DATA_INVALID";

    /** 422: a type's field schema is inconsistent (duplicate codes, a bad pattern…). */
    public static final String SCHEMA_INVALID = "CERTIFICATE_TYPE_SCHEMA_INVALID";

    private final List<FieldSpec> fields;

    DataSchema(List<FieldSpec> fields) {
        this.fields = List.copyOf(fields);
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    /**
     * Throws 400 {@code VALIDATION_FAILED} when a field is malformed (code, name, type, sizes) and
     * {@link #SCHEMA_INVALID} when the fields contradict themselves.
     */
    static void requireConsistent(List<FieldSpec> fields) {
        List<FieldViolation> problems = SchemaRules.requireWellFormed(fields);
        if (!problems.isEmpty()) {
            throw new ProblemException(
                    422, SCHEMA_INVALID, "The field schema is inconsistent.", Map.of("errors", errors(problems)));
        }
    }

    /**
     * The data in its signed form, in schema order; throws {@link #DATA_INVALID} listing every field that
     * is missing, unknown, of the wrong type or breaking its rule.
     */
    public Map<String, Object> validate(Map<String, Object> data) {
        RecordCheck.Result result = RecordCheck.check(fields, data);
        if (!result.valid()) {
            throw new ProblemException(
                    422,
                    DATA_INVALID,
                    "The certificate data does not match the type's field schema.",
                    Map.of("errors", errors(result.violations())));
        }
        return result.values();
    }

    private static List<Map<String, String>> errors(List<FieldViolation> violations) {
        List<Map<String, String>> errors = new ArrayList<>(violations.size());
        for (FieldViolation violation : violations) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("field", violation.field());
            error.put("message", violation.message());
            errors.add(error);
        }
        return errors;
    }
}
