package org.govexchange.certificate.signing;

import java.time.Instant;

/**
 * A public issuing key as anyone may read it, to verify exported certificate documents offline.
 *
 * @param validFrom when it started signing
 * @param validTo when it stopped (absent while it is the issuing key); it keeps verifying what it signed
 * @param current whether it signs new certificates
 */
public record PublishedKey(
        String keyId, String algorithm, String publicKeyPem, Instant validFrom, Instant validTo, boolean current) {}
