package org.govexchange.exchange.hubkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hub's Ed25519 key pair (JDK built-in). It signs audit checkpoints (and, later, downlink
 * envelopes); its public half is published for anyone who checks those signatures.
 */
@Component
public class HubKey {

    public static final String ALGORITHM = "Ed25519";

    private static final Logger log = LoggerFactory.getLogger(HubKey.class);
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    // An X.509 SubjectPublicKeyInfo of Ed25519 is a fixed 12-byte prefix and the 32-byte key.
    private static final int RAW_PUBLIC_KEY_LENGTH = 32;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public HubKey(HubKeyProperties properties) {
        KeyPair pair = loadOrGenerate(properties.hubKeyFile());
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.keyId = "hub-" + HexFormat.of().formatHex(sha256(rawPublicKey()), 0, 8);
        byte[] probe = "govexchange hub key self-test".getBytes(StandardCharsets.UTF_8);
        if (!verify(probe, sign(probe))) {
            throw new IllegalStateException("the hub key in " + properties.hubKeyFile() + " does not verify itself");
        }
    }

    /** Short, stable name of this key, stored next to every signature it makes. */
    public String keyId() {
        return keyId;
    }

    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public boolean verify(byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** X.509 SubjectPublicKeyInfo PEM. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** RFC 8037 JWK of the public key. */
    public Map<String, String> publicJwk() {
        Map<String, String> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(rawPublicKey()));
        jwk.put("kid", keyId);
        jwk.put("use", "sig");
        jwk.put("alg", "EdDSA");
        return jwk;
    }

    private byte[] rawPublicKey() {
        byte[] encoded = publicKey.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - RAW_PUBLIC_KEY_LENGTH, encoded.length);
    }

    private static KeyPair loadOrGenerate(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            warnIfReadableByOthers(file);
            return load(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the hub key " + file.toAbsolutePath(), e);
        }
    }

    private static void generate(Path file) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
        String pem = BEGIN + "\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n" + END + "\n";
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(
                    dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
        // Written under a temporary name with owner-only permissions from the start, then moved into place.
        Path temporary = posix
                ? Files.createTempFile(
                        dir,
                        ".hub-key",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".hub-key", ".tmp");
        try {
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file);
            log.info("generated a new hub key at {}", file.toAbsolutePath());
        } catch (FileAlreadyExistsException raced) {
            // Another instance created it first; that one is the key.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                log.warn("the hub key {} is readable by other users; restrict it to its owner (chmod 600)", file);
            }
        }
    }

    private static KeyPair load(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("the hub key file is not a PKCS#8 PEM (" + BEGIN + ")");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + BEGIN.length(), end));
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
            return new KeyPair(derivePublicKey((EdECPrivateKey) privateKey), privateKey);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("the hub key file does not hold an Ed25519 private key", e);
        }
    }

    /**
     * The JDK has no API from an Ed25519 private key to its public key, but its key-pair generator
     * derives the pair from 32 random bytes: handing it the private key's own bytes reproduces the pair.
     * The constructor's sign/verify self-test proves the result.
     */
    private static PublicKey derivePublicKey(EdECPrivateKey privateKey) throws GeneralSecurityException {
        byte[] seed = privateKey
                .getBytes()
                .orElseThrow(() -> new GeneralSecurityException("the private key bytes are not accessible"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
        return generator.generateKeyPair().getPublic();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the given bytes instead of random ones, once. */
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
