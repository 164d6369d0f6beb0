package org.govexchange.certificate.type;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Replaces the departments allowed to issue a type. */
public record IssuersRequest(@NotEmpty @Size(max = 200) List<@NotBlank String> issuerDepartments) {}
