package org.govexchange.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RejectApplicationRequest(@NotBlank @Size(max = 1000) String reason) {}
