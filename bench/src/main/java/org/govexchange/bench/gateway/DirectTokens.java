package org.govexchange.bench.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.govexchange.contracts.internaltoken.InternalTokenSigner;

/**
 * Plays the gateway for phase A: internal tokens signed with the local stack's gateway key, carrying the same
 * grant the gateway would put in (the department's active API grant, read from the catalog). One token is
 * shared by all requests and re-minted every {@link #REFRESH}: the service verifies it on every request
 * either way, and signing per request would spend the bench's CPU, not the service's.
 */
final class DirectTokens {

    static final Duration LIFETIME = Duration.ofSeconds(30);
    static final Duration REFRESH = Duration.ofSeconds(10);

    private final InternalTokenSigner signer;
    private final GrantContext template;
    private volatile String token;
    private volatile long mintedAtNanos;

    DirectTokens(InternalTokenSigner signer, GrantContext template) {
        this.signer = signer;
        this.template = template;
    }

    static DirectTokens fromKeyFile(Path privateKeyPem, GrantContext template) throws IOException {
        ECPrivateKey key = InternalTokenKeys.readPrivateKey(Files.readString(privateKeyPem));
        Path publicPem = Path.of(privateKeyPem + ".pub");
        String keyId = Files.exists(publicPem)
                ? keyId(InternalTokenKeys.readPublicKey(Files.readString(publicPem)))
                : "gx-gateway-bench";
        return new DirectTokens(new InternalTokenSigner(key, keyId, Clock.systemUTC()), template);
    }

    /** As the gateway names its key: {@code gx-gateway-} + the first 8 bytes of SHA-256(public key), in hex. */
    static String keyId(ECPublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "gx-gateway-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String token() {
        if (token == null || System.nanoTime() - mintedAtNanos > REFRESH.toNanos()) {
            synchronized (this) {
                if (token == null || System.nanoTime() - mintedAtNanos > REFRESH.toNanos()) {
                    token = signer.sign(
                            new GrantContext(
                                    UUID.randomUUID().toString(),
                                    template.consumerDept(),
                                    template.clientId(),
                                    template.grantId(),
                                    template.resourceCode(),
                                    template.fields(),
                                    template.masking(),
                                    template.purpose(),
                                    null),
                            LIFETIME);
                    mintedAtNanos = System.nanoTime();
                }
            }
        }
        return token;
    }
}
