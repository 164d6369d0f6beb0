package org.govexchange.gateway.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.govexchange.contracts.internaltoken.InternalTokenSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs the internal token (ES256) with the gateway's own key, read from or generated into the key file. A token is
 * reused for the same caller, grant, fields, masking, purpose and case for the first half of its life (services
 * verify each token once and remember it), so neither side pays a signature per request; the request's own id
 * travels in {@code X-Request-Id}, the token's {@code jti} names the token.
 */
@Component
public class InternalTokenIssuer {

    private static final Logger log = LoggerFactory.getLogger(InternalTokenIssuer.class);

    private final InternalTokenSigner signer;
    private final InternalTokenProperties properties;
    private final ECPublicKey publicKey;
    private final long reuseNanos;

    /** Distinct (caller, grant, fields, purpose, case) combinations remembered at once. */
    static final int MINTED_TOKENS = 10_000;

    private final Map<GrantContext, Minted> minted = new ConcurrentHashMap<>();

    private record Minted(String token, long nanos) {}

    public InternalTokenIssuer(InternalTokenProperties properties, Clock clock) {
        if (properties.lifetime().compareTo(InternalToken.MAX_LIFETIME) > 0) {
            throw new IllegalStateException(
                    "gx.gateway.internal-token.lifetime is at most " + InternalToken.MAX_LIFETIME);
        }
        this.properties = properties;
        KeyPair pair = loadOrGenerate(properties.privateKeyFile());
        this.publicKey = (ECPublicKey) pair.getPublic();
        this.signer = new InternalTokenSigner((ECPrivateKey) pair.getPrivate(), keyId(publicKey), clock);
        // Handed out during the first half of its life only: a service never gets one about to expire.
        this.reuseNanos = properties.lifetime().toNanos() / 2;
    }

    public String sign(GrantContext context) {
        GrantContext key = context.withRequestId(null);
        long now = System.nanoTime();
        Minted known = minted.get(key);
        if (known != null && now - known.nanos() < reuseNanos) {
            return known.token();
        }
        String token = signer.sign(context.withRequestId(UUID.randomUUID().toString()), properties.lifetime());
        if (minted.size() >= MINTED_TOKENS) {
            minted.clear();
        }
        minted.put(key, new Minted(token, now));
        return token;
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    /** Where the public half is written: what services point {@code gx.internal-token.public-key-file} at. */
    public static Path publicKeyFile(Path privateKeyFile) {
        return privateKeyFile.resolveSibling(privateKeyFile.getFileName() + ".pub");
    }

    private static KeyPair loadOrGenerate(Path file) {
        Path pub = publicKeyFile(file);
        try {
            if (Files.isRegularFile(file)) {
                ECPrivateKey key = InternalTokenKeys.readPrivateKey(Files.readString(file));
                ECPublicKey derived = InternalTokenKeys.readPublicKey(Files.readString(pub));
                return new KeyPair(derived, key);
            }
            KeyPair pair = InternalTokenKeys.generate();
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, ".gateway-key", ".tmp");
            restrictToOwner(temporary);
            Files.writeString(temporary, InternalTokenKeys.privateKeyPem(pair), StandardCharsets.US_ASCII);
            Files.writeString(pub, InternalTokenKeys.publicKeyPem(pair), StandardCharsets.US_ASCII);
            Files.move(temporary, file);
            log.info(
                    "generated the internal-token key {} (public key {})", file.toAbsolutePath(), pub.toAbsolutePath());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the internal-token key " + file, e);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's permissions protect it.
        }
    }

    /** A stable key id: the start of the public key's SHA-256, so a new key gets a new id. */
    private static String keyId(ECPublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "gx-gateway-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
