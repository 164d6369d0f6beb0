package org.govexchange.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingJwtDecoderTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();

    /** Plays the RSA-verifying decoder: "good-*" verify and expire at NOW + 30 min, anything else fails. */
    final ReactiveJwtDecoder real = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("hrss-system")
                .issuedAt(NOW.minusSeconds(60))
                .expiresAt(NOW.plus(Duration.ofMinutes(30)))
                .build());
    };

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aVerifiedTokenIsVerifiedOnceForItsLife() {
        var decoder = new CachingJwtDecoder(real, 100, at(NOW));
        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode("good-1").block().getSubject()).isEqualTo("hrss-system");
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheRealDecoder() {
        var now = new java.util.concurrent.atomic.AtomicReference<>(NOW);
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        var decoder = new CachingJwtDecoder(real, 100, moving);
        decoder.decode("good-1").block();
        now.set(NOW.plus(Duration.ofMinutes(30)));
        decoder.decode("good-1").block();
        assertThat(verifications)
                .as("at its exp it is verified again (and then refused by the real checks)")
                .hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        var decoder = new CachingJwtDecoder(real, 100, at(NOW));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
        assertThat(decoder.size()).isZero();
    }

    @Test
    void aFloodOfDistinctTokensCostsVerificationsNotMemory() {
        var decoder = new CachingJwtDecoder(real, 10, at(NOW));
        for (int i = 0; i < 1000; i++) {
            decoder.decode("good-" + i).block();
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(10);
    }
}
