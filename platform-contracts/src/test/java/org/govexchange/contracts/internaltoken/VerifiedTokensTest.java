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

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    final KeyPair gateway = InternalTokenKeys.generate();
    final GrantContext grant = new GrantContext(
            "t-1", "d", "c", "g", "101001/000001", Set.of("name"), Map.of("name", Masking.NAME), "P", null);

    String token(Clock clock) {
        return new InternalTokenSigner((ECPrivateKey) gateway.getPrivate(), "k", clock)
                .sign(grant, Duration.ofSeconds(30));
    }

    VerifiedTokens cache(Clock clock, int capacity) {
        return new VerifiedTokens(
                new InternalTokenVerifier(List.of((ECPublicKey) gateway.getPublic()), clock), capacity, clock);
    }

    @Test
    void aTokenIsVerifiedOnceAndServedFromMemoryUntilItExpires() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var tokens = cache(clock, 10);
        String token = token(clock);
        var first = tokens.check(token);
        assertThat(tokens.check(token))
                .as("the very same verification, not a new one")
                .isSameAs(first);
        assertThat(first.grant()).isEqualTo(grant);
        assertThat(first.expiresAt()).isEqualTo(NOW.plusSeconds(30));

        var later = cache(Clock.fixed(NOW.plusSeconds(40), ZoneOffset.UTC), 10);
        assertThatThrownBy(() -> later.check(token)).isInstanceOf(InvalidInternalTokenException.class);
    }

    @Test
    void aForgedOrTamperedTokenIsRefusedEveryTimeAndNeverRemembered() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var tokens = cache(clock, 10);
        String token = token(clock);
        String tampered = token.substring(0, token.length() - 4) + "AAAA";
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.check(tampered)).isInstanceOf(InvalidInternalTokenException.class);
        }
        assertThatThrownBy(() -> tokens.check(null)).isInstanceOf(InvalidInternalTokenException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void distinctTokensCostVerificationsNotMemory() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var tokens = cache(clock, 5);
        for (int i = 0; i < 50; i++) {
            tokens.check(token(clock));
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(5);
    }
}
