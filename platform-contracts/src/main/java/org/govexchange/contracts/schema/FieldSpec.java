package org.govexchange.contracts.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.govexchange.contracts.grant.Masking;

/**
 * A field (信息项): of a catalog resource (stored as {@code resource_schema.fields_json}, served by the lookup
 * API) or of a certificate type's data. {@link SchemaRules} says whether a list of them is a schema;
 * {@link RecordCheck} checks a record against one.
 *
 * @param code identifier used in APIs and envelopes, e.g. {@code idNumber}
 * @param length maximum length of the value in characters (code points)
 * @param required the value must be present; a key field always is
 * @param key part of the record key; a resource has one or more key fields
 * @param sensitivity L1 when absent
 * @param masking NONE when absent
 * @param validation the value rule, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldSpec(
        String code,
        String name,
        FieldType type,
        Integer length,
        Boolean required,
        Boolean key,
        Sensitivity sensitivity,
        Masking masking,
        FieldValidation validation) {

    public FieldSpec {
        required = Boolean.TRUE.equals(required) || Boolean.TRUE.equals(key);
        key = Boolean.TRUE.equals(key);
        sensitivity = sensitivity == null ? Sensitivity.L1 : sensitivity;
        masking = masking == null ? Masking.NONE : masking;
    }

    /** A plain field: not key, L1, no masking. */
    public static FieldSpec of(
            String code, String name, FieldType type, Integer length, boolean required, FieldValidation validation) {
        return new FieldSpec(code, name, type, length, required, false, null, null, validation);
    }

    public boolean isKey() {
        return key;
    }

    public boolean isRequired() {
        return required;
    }
}
