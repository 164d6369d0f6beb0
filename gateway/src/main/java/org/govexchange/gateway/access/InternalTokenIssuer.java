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
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.govexchange.contracts.internaltoken.InternalTokenSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Signs the internal token (ES256) with the gateway's own key, read from or generated into the key file. */
@Component
public class InternalTokenIssuer {

    private static final Logger log = LoggerFactory.getLogger(InternalTokenIssuer.class);

    private final InternalTokenSigner signer;
    private final InternalTokenProperties properties;
    private final ECPublicKey publicKey;

    public InternalTokenIssuer(InternalTokenProperties properties, Clock clock) {
        if (properties.lifetime().compareTo(InternalToken.MAX_LIFETIME) > 0) {
            throw new IllegalStateException(
                    "gx.gateway.internal-token.lifetime is at most " + InternalToken.MAX_LIFETIME);
        }
        this.properties = properties;
        KeyPair pair = loadOrGenerate(properties.privateKeyFile());
        this.publicKey = (ECPublicKey) pair.getPublic();
        this.signer = new InternalTokenSigner((ECPrivateKey) pair.getPrivate(), keyId(publicKey), clock);
    }

    public String sign(GrantContext context) {
        return signer.sign(context, properties.lifetime());
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
