package org.govexchange.contracts.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The value rule of a field.
 *
 * @param pattern the regular expression the whole value matches, for REGEX (RE2 syntax: linear time)
 * @param values the allowed codes, for CODE_TABLE
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldValidation(ValidationKind kind, String pattern, List<String> values) {

    public static FieldValidation of(ValidationKind kind) {
        return new FieldValidation(kind, null, null);
    }

    public static FieldValidation regex(String pattern) {
        return new FieldValidation(ValidationKind.REGEX, pattern, null);
    }

    public static FieldValidation codeTable(List<String> values) {
        return new FieldValidation(ValidationKind.CODE_TABLE, null, values);
    }
}
