package org.govexchange.catalog.department;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.govexchange.catalog.calendar.PlausibleYear;

/**
 * @param publicKeyPem X.509 SubjectPublicKeyInfo in PEM ({@code -----BEGIN PUBLIC KEY-----})
 * @param notAfter when the key stops being valid; open-ended when absent
 */
public record RegisterKeyRequest(
        @NotNull KeyAlgorithm alg,
        @NotBlank @Size(max = 4000) String publicKeyPem,
        @Future @PlausibleYear Instant notAfter) {}
