package org.govexchange.certificate.signing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The signature of a certificate document, over the RFC 8785 canonical JSON of its {@code certificate}.
 *
 * @param alg {@code SM2-SM3} or {@code Ed25519}
 * @param keyId the issuing key, listed at {@code GET /api/certificates/keys}
 * @param value base64 (standard alphabet, padded) of the signature bytes
 */
public record DocumentSignature(
        @NotBlank @Size(max = 16) String alg,
        @NotBlank @Size(max = 64) String keyId,
        @NotBlank @Size(max = 512) String value) {}
