package org.govexchange.contracts.internaltoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.junit.jupiter.api.Test;

class InternalTokenTest {

    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final KeyPair gateway = InternalTokenKeys.generate();
    final GrantContext grant = new GrantContext(
            "req-1",
            "11100000000013338W",
            "hrss-system",
            "grant-7",
            "101001/000001",
            Set.of("idNumber", "name"),
            Map.of("idNumber", Masking.NONE, "name", Masking.NAME),
            "SOCIAL_SECURITY",
            "CASE-2026-0001");

    InternalTokenSigner signer(KeyPair pair, Clock clock) {
        return new InternalTokenSigner((ECPrivateKey) pair.getPrivate(), "gw-1", clock);
    }

    InternalTokenVerifier verifier(Clock clock, KeyPair... pairs) {
        return new InternalTokenVerifier(
                java.util.Arrays.stream(pairs)
                        .map(p -> (ECPublicKey) p.getPublic())
                        .toList(),
                clock);
    }

    @Test
    void aTokenCarriesTheWholeGrantContext() {
        String token = signer(gateway, CLOCK).sign(grant, Duration.ofSeconds(30));
        assertThat(verifier(CLOCK, gateway).verify(token)).isEqualTo(grant);
    }

    @Test
    void keysSurviveAPemRoundTrip() {
        var privateKey = InternalTokenKeys.readPrivateKey(InternalTokenKeys.privateKeyPem(gateway));
        var publicKey = InternalTokenKeys.readPublicKey(InternalTokenKeys.publicKeyPem(gateway));
        String token = new InternalTokenSigner(privateKey, "gw-1", CLOCK).sign(grant, Duration.ofSeconds(30));
        assertThat(new InternalTokenVerifier(List.of(publicKey), CLOCK).verify(token))
                .isEqualTo(grant);
    }

    @Test
    void aTokenFromAnotherKeyIsRefused() {
        String forged = signer(InternalTokenKeys.generate(), CLOCK).sign(grant, Duration.ofSeconds(30));
        assertRefused(() -> verifier(CLOCK, gateway).verify(forged));
    }

    @Test
    void duringRotationBothKeysAreAccepted() {
        KeyPair next = InternalTokenKeys.generate();
        String token = signer(next, CLOCK).sign(grant, Duration.ofSeconds(30));
        assertThat(verifier(CLOCK, gateway, next).verify(token).grantId()).isEqualTo("grant-7");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = signer(gateway, CLOCK).sign(grant, Duration.ofSeconds(30));
        Clock later = Clock.offset(CLOCK, Duration.ofSeconds(40));
        assertRefused(() -> verifier(later, gateway).verify(token));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String token = signer(gateway, CLOCK).sign(grant, Duration.ofSeconds(30));
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String widened = payload.replace("\"name\":\"NAME\"", "\"name\":\"NONE\"");
        assertThat(widened).isNotEqualTo(payload);
        String tampered = parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(widened.getBytes()) + "."
                + parts[2];
        assertRefused(() -> verifier(CLOCK, gateway).verify(tampered));
    }

    @Test
    void garbageAndMissingTokensAreRefused() {
        assertRefused(() -> verifier(CLOCK, gateway).verify(null));
        assertRefused(() -> verifier(CLOCK, gateway).verify(""));
        assertRefused(() -> verifier(CLOCK, gateway).verify("not.a.jwt"));
    }

    @Test
    void aLifetimeBeyondSixtySecondsCannotBeMinted() {
        assertThatThrownBy(() -> signer(gateway, CLOCK).sign(grant, Duration.ofSeconds(61)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInternalTokenException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("INTERNAL_TOKEN_INVALID");
        });
    }
}
