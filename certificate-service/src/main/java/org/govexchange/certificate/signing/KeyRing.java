package org.govexchange.certificate.signing;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's issuing keys. The current private key is read from (or, at first start, generated into)
 * the key directory; every public key ever used stays in {@code signing_key} with its validity window, so
 * a rotation never breaks the verification of certificates signed before it.
 *
 * <p>Several instances of the service must share the key directory (a mounted secret): each signs with the
 * key whose private half it finds there, and one that finds none rotates.
 */
@Service
public class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final String PUBLIC_KEY = "PUBLIC KEY";

    private final SigningKeyMapper keys;
    private final SigningProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Map<String, PublicKey> parsedPublicKeys = new ConcurrentHashMap<>();

    private IssuingKey issuing;

    public KeyRing(
            SigningKeyMapper keys,
            SigningProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The key new certificates are signed with: the stored one, or a new one when there is none usable. */
    public synchronized IssuingKey current() {
        if (issuing == null) {
            issuing = loadStored().orElseGet(this::createAndActivate);
        }
        return issuing;
    }

    public DocumentSignature sign(IssuingKey key, byte[] content) {
        try {
            byte[] value = key.algorithm().sign(key.privateKey(), content);
            return new DocumentSignature(
                    key.algorithm().wireName(), key.keyId(), Base64.getEncoder().encodeToString(value));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with " + key.keyId() + " failed", e);
        }
    }

    /**
     * Checks {@code signature} over {@code content} against the published key it names, and that the key
     * was the issuing key at {@code signedAt}.
     */
    public KeyCheck verify(DocumentSignature signature, byte[] content, Instant signedAt) {
        SigningKey stored = keys.selectById(signature.keyId());
        if (stored == null) {
            return KeyCheck.UNKNOWN_KEY;
        }
        Optional<SigningAlgorithm> algorithm = SigningAlgorithm.fromWireName(stored.getAlgorithm());
        if (algorithm.isEmpty() || !stored.getAlgorithm().equals(signature.alg())) {
            return KeyCheck.ALGORITHM_MISMATCH;
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(signature.value());
        } catch (IllegalArgumentException e) {
            return KeyCheck.SIGNATURE_MISMATCH;
        }
        PublicKey publicKey = parsedPublicKeys.computeIfAbsent(
                stored.getKeyId(), id -> readPublicKey(algorithm.get(), stored.getPublicKeyPem()));
        if (!algorithm.get().verify(publicKey, content, value)) {
            return KeyCheck.SIGNATURE_MISMATCH;
        }
        if (signedAt == null || !withinWindow(stored, signedAt)) {
            return KeyCheck.OUTSIDE_KEY_WINDOW;
        }
        return KeyCheck.VALID;
    }

    /** Every key, newest first. */
    public List<PublishedKey> published() {
        String current = current().keyId();
        return keys.selectList(new LambdaQueryWrapper<SigningKey>().orderByDesc(SigningKey::getValidFrom)).stream()
                .map(k -> new PublishedKey(
                        k.getKeyId(),
                        k.getAlgorithm(),
                        k.getPublicKeyPem(),
                        k.getValidFrom().toInstant(ZoneOffset.UTC),
                        k.getValidTo() == null ? null : k.getValidTo().toInstant(ZoneOffset.UTC),
                        k.getKeyId().equals(current)))
                .toList();
    }

    /** Ends the current key's window and starts signing with a new key of the configured algorithm. */
    public synchronized PublishedKey rotate() {
        issuing = createAndActivate();
        return published().stream().filter(PublishedKey::current).findFirst().orElseThrow();
    }

    private boolean withinWindow(SigningKey key, Instant signedAt) {
        LocalDateTime at = LocalDateTime.ofInstant(signedAt, ZoneOffset.UTC);
        return !at.isBefore(key.getValidFrom()) && (key.getValidTo() == null || !at.isAfter(key.getValidTo()));
    }

    private Optional<IssuingKey> loadStored() {
        List<SigningKey> open = keys.selectList(new LambdaQueryWrapper<SigningKey>()
                .isNull(SigningKey::getValidTo)
                .eq(SigningKey::getAlgorithm, properties.algorithm().wireName()));
        return open.stream()
                .sorted(Comparator.comparing(SigningKey::getValidFrom).reversed())
                .map(this::withPrivateKey)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<IssuingKey> withPrivateKey(SigningKey stored) {
        Path file = privateKeyFile(stored.getKeyId());
        if (!Files.isRegularFile(file)) {
            log.warn("issuing key {} has no private key at {}; a new key will be made", stored.getKeyId(), file);
            return Optional.empty();
        }
        try {
            SigningAlgorithm algorithm = properties.algorithm();
            PrivateKey privateKey = algorithm.privateKey(readPem(Files.readString(file), PRIVATE_KEY));
            PublicKey publicKey = readPublicKey(algorithm, stored.getPublicKeyPem());
            // A private key that does not match the published public key would sign unverifiable certificates.
            byte[] probe = stored.getKeyId().getBytes(StandardCharsets.UTF_8);
            if (!algorithm.verify(publicKey, probe, algorithm.sign(privateKey, probe))) {
                log.warn("private key in {} does not match published key {}", file, stored.getKeyId());
                return Optional.empty();
            }
            return Optional.of(new IssuingKey(stored.getKeyId(), algorithm, privateKey));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            log.warn("cannot read issuing key {} from {}", stored.getKeyId(), file, e);
            return Optional.empty();
        }
    }

    private IssuingKey createAndActivate() {
        SigningAlgorithm algorithm = properties.algorithm();
        KeyPair pair;
        try {
            pair = algorithm.generate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm.wireName() + " key", e);
        }
        byte[] spki = pair.getPublic().getEncoded();
        String keyId = algorithm.keyIdPrefix() + "-" + fingerprint(spki);
        writePrivateKey(keyId, pem(PRIVATE_KEY, pair.getPrivate().getEncoded()));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        transactions.executeWithoutResult(status -> {
            keys.retireCurrent(now);
            var row = new SigningKey();
            row.setKeyId(keyId);
            row.setAlgorithm(algorithm.wireName());
            row.setPublicKeyPem(pem(PUBLIC_KEY, spki));
            row.setValidFrom(now);
            row.setCreatedAt(now);
            keys.insert(row);
        });
        log.info("issuing key {} ({}) is now current", keyId, algorithm.wireName());
        return new IssuingKey(keyId, algorithm, pair.getPrivate());
    }

    private Path privateKeyFile(String keyId) {
        return properties.keyDirectory().resolve(keyId + ".pem");
    }

    /** Owner-only, written to a temporary file and moved into place so a reader never sees half a key. */
    private void writePrivateKey(String keyId, String pem) {
        Path target = privateKeyFile(keyId).toAbsolutePath();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            Path directory = target.getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                if (posix) {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                }
            }
            Path temporary = Files.createTempFile(directory, ".key", ".tmp");
            if (posix) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the issuing key to " + target, e);
        }
    }

    private static PublicKey readPublicKey(SigningAlgorithm algorithm, String pem) {
        try {
            return algorithm.publicKey(readPem(pem, PUBLIC_KEY));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("a stored public key cannot be read", e);
        }
    }

    private static String pem(String type, byte[] der) {
        var out = new StringWriter();
        try (var writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] readPem(String pem, String type) throws IOException {
        try (var reader = new PemReader(new StringReader(pem))) {
            PemObject object = reader.readPemObject();
            if (object == null || !type.equals(object.getType())) {
                throw new IOException("not a PEM " + type);
            }
            return object.getContent();
        }
    }

    private static String fingerprint(byte[] spki) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spki);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
