package org.govexchange.certificate.certificate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to "is this certificate genuine and usable now?".
 *
 * @param signatureValid the content is exactly what the platform signed, with a key valid at issue time
 * @param status the current status; absent when the signature is not valid (nothing to vouch for)
 * @param reason why the signature is not valid (UNKNOWN_KEY, SIGNATURE_MISMATCH…), or UNKNOWN_CERTIFICATE
 */
public record VerificationResult(
        String certificateId,
        boolean signatureValid,
        CertificateStatus status,
        String issuer,
        LocalDate validFrom,
        LocalDate validTo,
        String keyId,
        String reason,
        Instant checkedAt) {}
