package org.govexchange.certificate.signing;

import java.security.PrivateKey;

/** The key that signs new certificates now; its private half never leaves this package. */
public final class IssuingKey {

    private final String keyId;
    private final SigningAlgorithm algorithm;
    private final PrivateKey privateKey;

    IssuingKey(String keyId, SigningAlgorithm algorithm, PrivateKey privateKey) {
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.privateKey = privateKey;
    }

    public String keyId() {
        return keyId;
    }

    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    PrivateKey privateKey() {
        return privateKey;
    }
}
