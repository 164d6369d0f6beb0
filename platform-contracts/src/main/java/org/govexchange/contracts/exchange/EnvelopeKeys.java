package org.govexchange.contracts.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * Envelope signing keys: generation, PEM (PKCS#8 private, X.509 SubjectPublicKeyInfo public) and the key id.
 * Ed25519 keys are the JDK's; SM2 keys (curve sm2p256v1) come from a private BouncyCastle provider instance,
 * never installed JVM-wide.
 */
public final class EnvelopeKeys {

    static final String SM2_CURVE = "sm2p256v1";

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";
    private static final HexFormat HEX = HexFormat.of();

    private EnvelopeKeys() {}

    public static KeyPair generate(SignatureAlgorithm alg) {
        try {
            return switch (alg) {
                case ED25519 -> KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                case SM2_SM3 -> {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
                    generator.initialize(new ECGenParameterSpec(SM2_CURVE), new SecureRandom());
                    yield generator.generateKeyPair();
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + alg.envelopeName() + " key pair", e);
        }
    }

    /** PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public static String privateKeyPem(PrivateKey key) {
        return pem(PRIVATE, key.getEncoded());
    }

    /** X.509 SubjectPublicKeyInfo PEM ({@code -----BEGIN PUBLIC KEY-----}), what the catalog registers. */
    public static String publicKeyPem(PublicKey key) {
        return pem(PUBLIC, key.getEncoded());
    }

    /** The first PKCS#8 private key block of {@code pem}: an Ed25519 or an SM2 key. */
    public static PrivateKey readPrivateKey(String pem) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der(pem, PRIVATE));
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(spec);
        } catch (GeneralSecurityException | RuntimeException notEd25519) {
            try {
                PrivateKey key = KeyFactory.getInstance("EC", Bc.PROVIDER).generatePrivate(spec);
                requireSm2(key);
                return key;
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new IllegalArgumentException("not a PKCS#8 Ed25519 or SM2 private key", e);
            }
        }
    }

    /** The first X.509 public key block of {@code pem}: an Ed25519 or an SM2 key. */
    public static PublicKey readPublicKey(String pem) {
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der(pem, PUBLIC));
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(spec);
        } catch (GeneralSecurityException | RuntimeException notEd25519) {
            try {
                PublicKey key = KeyFactory.getInstance("EC", Bc.PROVIDER).generatePublic(spec);
                requireSm2(key);
                return key;
            } catch (GeneralSecurityException | RuntimeException e) {
                throw new IllegalArgumentException("not an X.509 Ed25519 or SM2 public key", e);
            }
        }
    }

    /** Whether {@code pem} holds a public key block as well (a key file may carry both halves). */
    public static boolean hasPublicKey(String pem) {
        return pem.contains("-----BEGIN " + PUBLIC + "-----");
    }

    /** The public half of a private key (PKCS#8 files need not carry it). */
    public static PublicKey publicKeyOf(PrivateKey key) {
        try {
            return switch (algorithmOf(key)) {
                case ED25519 -> ed25519PublicKey((EdECPrivateKey) key);
                case SM2_SM3 -> {
                    var sm2 = (org.bouncycastle.jce.interfaces.ECPrivateKey) key;
                    ECParameterSpec params = sm2.getParameters();
                    var q = params.getG().multiply(sm2.getD()).normalize();
                    yield KeyFactory.getInstance("EC", Bc.PROVIDER).generatePublic(new ECPublicKeySpec(q, params));
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot derive the public key", e);
        }
    }

    public static SignatureAlgorithm algorithmOf(Key key) {
        if (key instanceof EdECKey edec && "Ed25519".equals(edec.getParams().getName())) {
            return SignatureAlgorithm.ED25519;
        }
        if (isSm2(key)) {
            return SignatureAlgorithm.SM2_SM3;
        }
        throw new IllegalArgumentException("not an Ed25519 or SM2 key: " + key.getAlgorithm());
    }

    /**
     * The id a signature names its key by: {@code k-} and the first 16 hex digits of the SHA-256 of the
     * DER-encoded public key. The catalog assigns the same id when the key is registered.
     */
    public static String keyId(PublicKey key) {
        try {
            byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "k-" + HEX.formatHex(fingerprint, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static Provider bouncyCastle() {
        return Bc.PROVIDER;
    }

    private static boolean isSm2(Key key) {
        if (!(key instanceof org.bouncycastle.jce.interfaces.ECKey ec) || ec.getParameters() == null) {
            return false;
        }
        ECNamedCurveParameterSpec sm2 = ECNamedCurveTable.getParameterSpec(SM2_CURVE);
        return ec.getParameters().getCurve().equals(sm2.getCurve())
                && ec.getParameters().getG().equals(sm2.getG());
    }

    private static void requireSm2(Key key) {
        if (!isSm2(key)) {
            throw new IllegalArgumentException("an EC key, but not on the SM2 curve " + SM2_CURVE);
        }
    }

    /**
     * The JDK has no API from an Ed25519 private key to its public key, but its generator derives a pair
     * from 32 random bytes: handing it the private key's own bytes reproduces the pair.
     */
    private static PublicKey ed25519PublicKey(EdECPrivateKey key) throws GeneralSecurityException {
        byte[] seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("private key bytes hidden"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem == null ? -1 : pem.indexOf(begin);
        int to = from < 0 ? -1 : pem.indexOf(end, from);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("no '" + begin + "' PEM block");
        }
        try {
            return Base64.getMimeDecoder()
                    .decode(pem.substring(from + begin.length(), to).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + type + " PEM block is not valid Base64", e);
        }
    }

    /** Loaded on first use of SM2, so Ed25519-only processes never pay for BouncyCastle's start. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    /** Returns the given bytes instead of random ones. */
    private static final class SeedRandom extends SecureRandom {

        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected request for " + bytes.length + " random bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}
