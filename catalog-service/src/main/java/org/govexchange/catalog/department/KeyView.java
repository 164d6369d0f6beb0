package org.govexchange.catalog.department;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A registered public key.
 *
 * @param keyId what a signature's {@code keyId} names: {@code k-} and the first 16 hex digits of the fingerprint
 * @param fingerprint hex SHA-256 of the DER-encoded public key
 * @param status ACTIVE until notAfter, EXPIRED after
 */
public record KeyView(
        String keyId,
        String departmentCode,
        KeyAlgorithm alg,
        String publicKeyPem,
        String fingerprint,
        Instant notBefore,
        Instant notAfter,
        String status) {

    static KeyView of(DepartmentKey key, Instant now) {
        Instant notAfter = key.getNotAfter() == null ? null : key.getNotAfter().toInstant(ZoneOffset.UTC);
        return new KeyView(
                key.getKeyId(),
                key.getDepartmentCode(),
                KeyAlgorithm.valueOf(key.getAlg()),
                key.getPublicKeyPem(),
                key.getFingerprint(),
                key.getNotBefore().toInstant(ZoneOffset.UTC),
                notAfter,
                notAfter == null || notAfter.isAfter(now) ? "ACTIVE" : "EXPIRED");
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
