package org.govexchange.certificate.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the issuer revokes, suspends or reinstates a certificate; kept and shown with the status. */
public record StatusChangeRequest(@NotBlank @Size(max = 500) String reason) {}
