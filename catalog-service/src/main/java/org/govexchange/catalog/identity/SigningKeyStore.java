package org.govexchange.catalog.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The RSA 2048 key pair that signs access tokens (RS256). Generated at first use and stored in
 * {@code signing_key}, so tokens stay valid across restarts and every catalog instance signs with the same
 * key. The private key is AES-256-GCM encrypted (key derived with PBKDF2 from
 * {@code gx.catalog.identity.key-encryption-secret}) when that secret is set; otherwise it is stored
 * unencrypted and protected only by database access control.
 */
@Service
public class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    /** One fixed id: instances starting together race on the primary key, and the loser reads the winner's. */
    static final String KEY_ID = "gx-catalog-rs256-1";

    private static final int PBKDF2_ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SigningKeyMapper keys;
    private final IdentityProperties properties;
    private final Clock clock;
    private volatile RSAKey current;

    public SigningKeyStore(SigningKeyMapper keys, IdentityProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** The signing key; loaded (or created) on first use, i.e. after the schema migration ran. */
    public RSAKey current() {
        RSAKey key = current;
        if (key == null) {
            synchronized (this) {
                if (current == null) {
                    current = loadOrCreate();
                }
                key = current;
            }
        }
        return key;
    }

    private RSAKey loadOrCreate() {
        SigningKey stored = keys.selectById(KEY_ID);
        if (stored == null) {
            try {
                keys.insert(generate());
                log.info("generated the token-signing key {}", KEY_ID);
            } catch (DuplicateKeyException anotherInstanceWon) {
                log.debug("another instance created the signing key first");
            }
            stored = keys.selectById(KEY_ID);
        }
        return toJwk(stored);
    }

    private SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String secret = properties.keyEncryptionSecret();
            boolean encrypt = secret != null && !secret.isBlank();
            byte[] pkcs8 = pair.getPrivate().getEncoded();
            var row = new SigningKey();
            row.setKeyId(KEY_ID);
            row.setAlg("RS256");
            row.setPublicKey(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            row.setPrivateKey(
                    encrypt ? encrypt(pkcs8, secret) : Base64.getEncoder().encodeToString(pkcs8));
            row.setEncrypted(encrypt);
            row.setCreatedAt(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return row;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not generate the token-signing key", e);
        }
    }

    private RSAKey toJwk(SigningKey stored) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getPublicKey())));
            byte[] pkcs8;
            if (Boolean.TRUE.equals(stored.getEncrypted())) {
                String secret = properties.keyEncryptionSecret();
                if (secret == null || secret.isBlank()) {
                    throw new IllegalStateException("The token-signing key is stored encrypted: set "
                            + "gx.catalog.identity.key-encryption-secret (env GX_CATALOG_KEY_SECRET) to the secret "
                            + "it was created with.");
                }
                pkcs8 = decrypt(stored.getPrivateKey(), secret);
            } else {
                pkcs8 = Base64.getDecoder().decode(stored.getPrivateKey());
            }
            var privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyID(stored.getKeyId())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "could not read the token-signing key (wrong gx.catalog.identity.key-encryption-secret?)", e);
        }
    }

    /** Base64 of salt(16) | iv(12) | AES-256-GCM ciphertext. */
    static String encrypt(byte[] plain, String secret) throws GeneralSecurityException {
        byte[] salt = new byte[16];
        byte[] iv = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aesKey(secret, salt), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain);
        byte[] out = new byte[salt.length + iv.length + sealed.length];
        System.arraycopy(salt, 0, out, 0, 16);
        System.arraycopy(iv, 0, out, 16, 12);
        System.arraycopy(sealed, 0, out, 28, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    static byte[] decrypt(String stored, String secret) throws GeneralSecurityException {
        byte[] in = Base64.getDecoder().decode(stored);
        byte[] salt = Arrays.copyOfRange(in, 0, 16);
        byte[] iv = Arrays.copyOfRange(in, 16, 28);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, aesKey(secret, salt), new GCMParameterSpec(128, iv));
        return cipher.doFinal(in, 28, in.length - 28);
    }

    private static SecretKeySpec aesKey(String secret, byte[] salt) throws GeneralSecurityException {
        var spec = new PBEKeySpec(secret.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(spec)
                .getEncoded();
        return new SecretKeySpec(key, "AES");
    }
}
