package org.govexchange.contracts.exchange;

import java.util.Locale;

/**
 * How an envelope is signed. Ed25519 (JDK built-in) is the default; SM2 with SM3 (GB/T 32918, through
 * BouncyCastle, default user id {@code 1234567812345678}) is the national option.
 */
public enum SignatureAlgorithm {
    ED25519("Ed25519", "ED25519"),
    SM2_SM3("SM2-SM3", "SM2");

    private final String envelopeName;
    private final String catalogName;

    SignatureAlgorithm(String envelopeName, String catalogName) {
        this.envelopeName = envelopeName;
        this.catalogName = catalogName;
    }

    /** The value of {@link EnvelopeSignature#alg()}: {@code Ed25519} or {@code SM2-SM3}. */
    public String envelopeName() {
        return envelopeName;
    }

    /** The {@code alg} the catalog registers keys under: {@code ED25519} or {@code SM2}. */
    public String catalogName() {
        return catalogName;
    }

    /** Exactly an envelope's {@code alg} value; anything else is refused. */
    public static SignatureAlgorithm ofEnvelopeName(String alg) {
        for (SignatureAlgorithm value : values()) {
            if (value.envelopeName.equals(alg)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown envelope signature algorithm: " + alg);
    }

    /** Lenient, for configuration and command lines: Ed25519, ED25519, SM2, SM2-SM3, sm2_sm3 (any case). */
    public static SignatureAlgorithm parse(String text) {
        if (text != null) {
            String normal = text.strip().toUpperCase(Locale.ROOT).replace('_', '-');
            for (SignatureAlgorithm value : values()) {
                if (normal.equals(value.envelopeName.toUpperCase(Locale.ROOT))
                        || normal.equals(value.catalogName)
                        || normal.equals(value.name().replace('_', '-'))) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("unknown signature algorithm '" + text + "' (use Ed25519 or SM2)");
    }
}
