package org.govexchange.legalentity.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Does this credit code belong to an entity of this name (and legal representative)? */
public record VerifyEntityRequest(
        @NotBlank @Size(max = 32) String creditCode,
        @NotBlank @Size(max = 256) String name,
        @Size(max = 64) String legalRepresentative) {}
