package org.govexchange.certificate.type;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.govexchange.contracts.schema.FieldSpec;

/**
 * Registers a certificate type.
 *
 * @param typeCode the defining authority's credit code + a 3-digit sequence, e.g. {@code 11100000000013338W011}
 * @param fields the schema of the certificates' {@code data}
 * @param validityDays default validity of a new certificate; absent = long-term (长期有效)
 * @param issuerDepartments credit codes of the departments that may issue it
 */
public record CertificateTypeRequest(
        @NotBlank @Size(max = 21) String typeCode,
        @NotBlank @Size(max = 128) String name,
        @NotNull HolderKind holderKind,
        @NotNull @Size(max = 100) List<@Valid @NotNull FieldSpec> fields,
        @Positive @Max(36_500) Integer validityDays,
        @NotEmpty @Size(max = 200) List<@NotBlank String> issuerDepartments) {}
