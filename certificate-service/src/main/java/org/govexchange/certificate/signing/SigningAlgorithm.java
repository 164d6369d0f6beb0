package org.govexchange.certificate.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The algorithms the platform's issuing key may use. SM2 with SM3 (GM/T 0003, GM/T 0004, via BouncyCastle)
 * is the default, as Chinese e-certificate practice expects; Ed25519 (JDK) is the option.
 */
public enum SigningAlgorithm {
    SM2_SM3("SM2-SM3", "sm2") {
        @Override
        KeyPair generate() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BOUNCY_CASTLE);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            return generator.generateKeyPair();
        }

        @Override
        Signature signature() throws GeneralSecurityException {
            // SM2 signing with the default user id 1234567812345678 (GB/T 35276), as BouncyCastle applies it.
            return Signature.getInstance("SM3withSM2", BOUNCY_CASTLE);
        }

        @Override
        KeyFactory keyFactory() throws GeneralSecurityException {
            return KeyFactory.getInstance("EC", BOUNCY_CASTLE);
        }
    },
    ED25519("Ed25519", "ed25519") {
        @Override
        KeyPair generate() throws GeneralSecurityException {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }

        @Override
        Signature signature() throws GeneralSecurityException {
            return Signature.getInstance("Ed25519");
        }

        @Override
        KeyFactory keyFactory() throws GeneralSecurityException {
            return KeyFactory.getInstance("Ed25519");
        }
    };

    /** Not registered globally: only this service's signing uses it. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final String wireName;
    private final String keyIdPrefix;

    SigningAlgorithm(String wireName, String keyIdPrefix) {
        this.wireName = wireName;
        this.keyIdPrefix = keyIdPrefix;
    }

    /** The name in documents and key listings ({@code alg}), as the exchange envelopes spell it. */
    public String wireName() {
        return wireName;
    }

    String keyIdPrefix() {
        return keyIdPrefix;
    }

    public static Optional<SigningAlgorithm> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    abstract KeyPair generate() throws GeneralSecurityException;

    abstract Signature signature() throws GeneralSecurityException;

    abstract KeyFactory keyFactory() throws GeneralSecurityException;

    byte[] sign(PrivateKey key, byte[] content) throws GeneralSecurityException {
        Signature signer = signature();
        signer.initSign(key);
        signer.update(content);
        return signer.sign();
    }

    /** False for a wrong signature, and for bytes that are not a signature of this algorithm at all. */
    boolean verify(PublicKey key, byte[] content, byte[] signatureValue) {
        try {
            Signature verifier = signature();
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signatureValue);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    PublicKey publicKey(byte[] spki) throws GeneralSecurityException {
        return keyFactory().generatePublic(new X509EncodedKeySpec(spki));
    }
}
