package org.govexchange.certificate.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A required material: a certificate type, and its name on the matter's checklist. */
public record MaterialSpec(@NotBlank @Size(max = 21) String typeCode, @NotBlank @Size(max = 200) String materialName) {}
