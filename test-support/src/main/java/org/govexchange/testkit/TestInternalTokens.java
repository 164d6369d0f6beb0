package org.govexchange.testkit;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;
import org.govexchange.contracts.internaltoken.InternalTokenSigner;

/**
 * Plays the gateway in service tests: one key pair per test JVM, whose public half
 * {@link RealInfrastructure} hands to the service, and tokens minted with its private half.
 */
public final class TestInternalTokens {

    private static final KeyPair GATEWAY = InternalTokenKeys.generate();
    private static final InternalTokenSigner SIGNER =
            new InternalTokenSigner((ECPrivateKey) GATEWAY.getPrivate(), "test-gateway", Clock.systemUTC());

    private TestInternalTokens() {}

    public static String publicKeyPem() {
        return InternalTokenKeys.publicKeyPem(GATEWAY);
    }

    public static String mint(GrantContext grant) {
        return SIGNER.sign(grant, Duration.ofSeconds(60));
    }

    /**
     * A token for {@code consumerDept} reading the fields of {@code resourceCode} that {@code fieldMasking} names,
     * in its order, each masked as it says (as the catalog's grant would).
     */
    public static String mint(String consumerDept, String resourceCode, Map<String, Masking> fieldMasking) {
        return mint(new GrantContext(
                UUID.randomUUID().toString(),
                consumerDept,
                "test-client",
                "test-grant",
                resourceCode,
                new LinkedHashSet<>(fieldMasking.keySet()),
                fieldMasking,
                "TEST",
                null));
    }
}
