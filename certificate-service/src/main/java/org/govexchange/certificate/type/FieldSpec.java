package org.govexchange.certificate.type;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A field of a certificate type's data (证照信息项), described like a catalog field.
 *
 * @param code the key in the certificate's {@code data}, e.g. {@code registeredCapital}
 * @param length maximum length in characters, for STRING
 * @param required whether every certificate of the type must have it
 */
public record FieldSpec(
        @NotNull @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]{0,63}") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull FieldType type,
        @Positive Integer length,
        Boolean required,
        @Valid FieldValidation validation) {

    public FieldSpec {
        required = Boolean.TRUE.equals(required);
    }
}
