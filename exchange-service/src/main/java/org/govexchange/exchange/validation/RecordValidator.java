package org.govexchange.exchange.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.schema.FieldViolation;
import org.govexchange.contracts.schema.RecordCheck;
import org.govexchange.exchange.catalog.CatalogModel;
import org.springframework.stereotype.Component;

/**
 * Checks one record against its resource's fields (质量检查) with the platform's one field check
 * ({@link RecordCheck}: types, ranges, lengths, RE2 patterns, code tables, ID numbers, credit codes). The hub
 * adds what only an exchange record has: a DELETE carries only its key fields, and only those are checked; the
 * record key must be the key fields joined with {@code |}. All violations of a record are reported.
 */
@Component
public class RecordValidator {

    public static final String REQUIRED = FieldViolation.REQUIRED;
    public static final String TYPE = FieldViolation.TYPE;
    public static final String LENGTH = FieldViolation.LENGTH;
    public static final String RANGE = FieldViolation.RANGE;
    public static final String REGEX = FieldViolation.REGEX;
    public static final String CODE_TABLE = FieldViolation.CODE_TABLE;
    public static final String ID_NUMBER = FieldViolation.ID_NUMBER;
    public static final String CREDIT_CODE = FieldViolation.CREDIT_CODE;
    public static final String UNKNOWN_FIELD = FieldViolation.UNKNOWN_FIELD;
    public static final String KEY_MISMATCH = "KEY_MISMATCH";

    public List<Violation> validate(CatalogModel.Resource resource, ExchangeRecord record) {
        Map<String, Object> data = record.data();
        RecordCheck.Result checked = record.op() == RecordOp.DELETE
                ? RecordCheck.checkKeys(resource.fields(), data)
                : RecordCheck.check(resource.fields(), data);
        List<Violation> violations = new ArrayList<>(checked.violations().size());
        for (FieldViolation violation : checked.violations()) {
            violations.add(new Violation(violation.field(), violation.rule(), violation.message()));
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
}
