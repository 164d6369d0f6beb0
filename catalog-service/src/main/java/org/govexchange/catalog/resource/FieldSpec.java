package org.govexchange.catalog.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.govexchange.contracts.grant.Masking;

/**
 * A field (信息项) of a resource.
 *
 * @param code identifier used in APIs and envelopes, e.g. {@code idNumber}
 * @param key part of the record key; a resource has one or more key fields
 * @param sensitivity L1 when absent
 * @param masking NONE when absent
 */
public record FieldSpec(
        @NotNull @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]{0,63}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull FieldType type,
        @Positive Integer length,
        Boolean required,
        Boolean key,
        Sensitivity sensitivity,
        Masking masking,
        @Valid FieldValidation validation) {

    public FieldSpec {
        required = Boolean.TRUE.equals(required) || Boolean.TRUE.equals(key);
        key = Boolean.TRUE.equals(key);
        sensitivity = sensitivity == null ? Sensitivity.L1 : sensitivity;
        masking = masking == null ? Masking.NONE : masking;
    }
}
