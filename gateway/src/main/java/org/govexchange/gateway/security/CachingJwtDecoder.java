package org.govexchange.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies a caller's token once, not on every request: a department system sends the same token for its whole
 * life (30 min), and an RSA verification per request is most of the door's CPU. A token that verified (signature,
 * issuer, audience, expiry) is remembered by its exact text until it expires; anything else goes to the real
 * decoder every time. Revocations are not cached here: {@link CallerFilter} checks them on every request.
 *
 * <p>Bounded: at most {@code capacity} tokens; when full, expired entries are swept, and if that frees nothing
 * the cache starts over (a flood of distinct valid tokens costs verifications, never memory).
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(ReactiveJwtDecoder delegate, int capacity, Clock clock) {
        this.delegate = delegate;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (stillValid(known, clock.instant())) {
                return Mono.just(known);
            }
            verified.remove(token, known);
        }
        return delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return;
        }
        if (verified.size() >= capacity) {
            Instant now = clock.instant();
            verified.values().removeIf(cached -> !stillValid(cached, now));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }

    /** Expired at its own exp: no clock-skew grace for a token served from memory. */
    private static boolean stillValid(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt());
    }

    int size() {
        return verified.size();
    }
}
