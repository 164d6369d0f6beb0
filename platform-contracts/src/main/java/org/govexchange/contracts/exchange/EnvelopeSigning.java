package org.govexchange.contracts.exchange;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs and verifies envelopes: the signature covers {@link ExchangeJson#canonicalForm(Envelope)}; its value is
 * standard padded Base64. Ed25519 is the JDK's {@code Ed25519}; SM2-SM3 is BouncyCastle's {@code SM3withSM2}
 * (DER-encoded r, s; default user id).
 */
public final class EnvelopeSigning {

    private EnvelopeSigning() {}

    /** The envelope with its signature set; {@code keyId} names the key as registered (see {@link EnvelopeKeys#keyId}). */
    public static Envelope sign(Envelope envelope, PrivateKey key, String keyId) {
        SignatureAlgorithm alg = EnvelopeKeys.algorithmOf(key);
        try {
            Signature signer = signature(alg);
            signer.initSign(key);
            signer.update(ExchangeJson.canonicalForm(envelope));
            String value = Base64.getEncoder().encodeToString(signer.sign());
            return envelope.withSignature(new EnvelopeSignature(alg.envelopeName(), keyId, value));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + alg.envelopeName(), e);
        }
    }

    /**
     * Whether the envelope carries a signature of {@code key}'s algorithm that {@code key} verifies over its
     * canonical form. Never throws for bad input: a missing, malformed or foreign signature is just false.
     */
    public static boolean verify(Envelope envelope, PublicKey key) {
        return verify(envelope.signature(), ExchangeJson.canonicalForm(envelope), key);
    }

    /** As {@link #verify(Envelope, PublicKey)}, over the envelope's JSON exactly as received. */
    public static boolean verify(byte[] envelopeJson, PublicKey key) {
        try {
            Envelope envelope = ExchangeJson.decodeEnvelope(envelopeJson);
            return verify(envelope.signature(), ExchangeJson.canonicalForm(envelopeJson), key);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean verify(EnvelopeSignature signature, byte[] canonical, PublicKey key) {
        if (signature == null || signature.alg() == null || signature.value() == null) {
            return false;
        }
        try {
            SignatureAlgorithm alg = SignatureAlgorithm.ofEnvelopeName(signature.alg());
            if (alg != EnvelopeKeys.algorithmOf(key)) {
                return false;
            }
            Signature verifier = signature(alg);
            verifier.initVerify(key);
            verifier.update(canonical);
            return verifier.verify(Base64.getDecoder().decode(signature.value()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Signature signature(SignatureAlgorithm alg) throws GeneralSecurityException {
        return switch (alg) {
            case ED25519 -> Signature.getInstance("Ed25519");
            case SM2_SM3 -> Signature.getInstance("SM3withSM2", EnvelopeKeys.bouncyCastle());
        };
    }
}
