package org.govexchange.catalog.department;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.govexchange.contracts.problem.ProblemException;

/**
 * Reads and checks front-node public keys. Ed25519 goes through the JDK; SM2 (curve sm2p256v1, GB/T 32918)
 * is checked by hand, DER structure and point on the curve, so the catalog needs no extra crypto provider
 * just to store a key it never uses itself.
 */
final class PublicKeys {

    static final String KEY_FORMAT = "KEY_FORMAT";

    private static final byte[] OID_EC_PUBLIC_KEY = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01};
    private static final byte[] OID_SM2 = {0x2A, (byte) 0x81, 0x1C, (byte) 0xCF, 0x55, 0x01, (byte) 0x82, 0x2D};

    private static final BigInteger SM2_P =
            new BigInteger("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF", 16);
    private static final BigInteger SM2_A =
            new BigInteger("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC", 16);
    private static final BigInteger SM2_B =
            new BigInteger("28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93", 16);

    private PublicKeys() {}

    /** The DER bytes of a valid key of {@code alg}; a 422 {@code KEY_FORMAT} problem otherwise. */
    static byte[] parse(KeyAlgorithm alg, String pem) {
        byte[] der = decodePem(pem);
        switch (alg) {
            case ED25519 -> checkEd25519(der);
            case SM2 -> checkSm2(der);
        }
        return der;
    }

    static String toPem(byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    static String fingerprint(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodePem(String pem) {
        String text = pem.strip();
        if (!text.startsWith("-----BEGIN PUBLIC KEY-----") || !text.endsWith("-----END PUBLIC KEY-----")) {
            throw invalid("publicKeyPem must be a PEM 'PUBLIC KEY' block (X.509 SubjectPublicKeyInfo).");
        }
        String body = text.substring(
                        "-----BEGIN PUBLIC KEY-----".length(), text.length() - "-----END PUBLIC KEY-----".length())
                .replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw invalid("The PEM body is not valid Base64.");
        }
    }

    private static void checkEd25519(byte[] der) {
        try {
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw invalid("The key is not an Ed25519 public key.");
        }
    }

    /**
     * SEQUENCE { SEQUENCE { OID ecPublicKey | sm2p256v1, [OID sm2p256v1] }, BIT STRING 04 || X || Y }, and
     * (X, Y) on the curve y² = x³ + ax + b (mod p).
     */
    private static void checkSm2(byte[] der) {
        try {
            var outer = new Der(der, 0);
            outer.expect(0x30);
            var algorithm = outer.child();
            algorithm.expect(0x30);
            var inner = algorithm.child();
            byte[] first = inner.read(0x06);
            boolean sm2 = Arrays.equals(first, OID_SM2)
                    || (Arrays.equals(first, OID_EC_PUBLIC_KEY) && Arrays.equals(inner.read(0x06), OID_SM2));
            if (!sm2) {
                throw invalid("The key is not on the SM2 curve (sm2p256v1, OID 1.2.156.10197.1.301).");
            }
            outer.skip(algorithm);
            byte[] bits = outer.read(0x03);
            if (bits.length != 66 || bits[0] != 0 || bits[1] != 0x04) {
                throw invalid("An SM2 public key is an uncompressed point of 65 bytes.");
            }
            var x = new BigInteger(1, Arrays.copyOfRange(bits, 2, 34));
            var y = new BigInteger(1, Arrays.copyOfRange(bits, 34, 66));
            if (x.compareTo(SM2_P) >= 0 || y.compareTo(SM2_P) >= 0) {
                throw invalid("The SM2 point is out of range.");
            }
            BigInteger left = y.modPow(BigInteger.TWO, SM2_P);
            BigInteger right = x.pow(3).add(SM2_A.multiply(x)).add(SM2_B).mod(SM2_P);
            if (!left.equals(right)) {
                throw invalid("The SM2 point is not on the curve.");
            }
        } catch (IndexOutOfBoundsException e) {
            throw invalid("The key is not valid DER.");
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(422, KEY_FORMAT, detail);
    }

    /** Just enough DER reading for a SubjectPublicKeyInfo. */
    private static final class Der {

        private final byte[] bytes;
        private int position;
        private int contentStart;
        private int contentEnd;

        Der(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        /** Reads a header of {@code tag}; the content becomes what {@link #child()} reads. */
        void expect(int tag) {
            if ((bytes[position] & 0xFF) != tag) {
                throw new IndexOutOfBoundsException("unexpected tag");
            }
            int length = bytes[position + 1] & 0xFF;
            int header = 2;
            if (length > 0x80) {
                int count = length - 0x80;
                length = 0;
                for (int i = 0; i < count; i++) {
                    length = (length << 8) | (bytes[position + 2 + i] & 0xFF);
                }
                header += count;
            }
            contentStart = position + header;
            contentEnd = contentStart + length;
            if (contentEnd > bytes.length) {
                throw new IndexOutOfBoundsException("truncated");
            }
            position = contentStart;
        }

        Der child() {
            return new Der(bytes, position);
        }

        /** Moves past what {@code child} read. */
        void skip(Der child) {
            position = child.contentEnd;
        }

        byte[] read(int tag) {
            expect(tag);
            byte[] content = Arrays.copyOfRange(bytes, contentStart, contentEnd);
            position = contentEnd;
            return content;
        }
    }
}
