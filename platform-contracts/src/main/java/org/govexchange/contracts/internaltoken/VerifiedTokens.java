package org.govexchange.contracts.internaltoken;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service verifies each internal token once: the gateway reuses a token for one caller, grant and purpose for
 * part of its short life, and an ES256 verification per request was half of a lookup's CPU. A token that verified is
 * remembered by its exact text until its own expiry; anything else is verified (and refused) every time.
 *
 * <p>Bounded: at most {@code capacity} tokens; when full, expired ones are swept, and if that frees nothing it starts
 * over (distinct valid tokens cost verifications, never memory).
 */
final class VerifiedTokens {

    private final InternalTokenVerifier verifier;
    private final int capacity;
    private final Clock clock;
    private final Map<String, InternalTokenVerifier.Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(InternalTokenVerifier verifier, int capacity, Clock clock) {
        this.verifier = verifier;
        this.capacity = capacity;
        this.clock = clock;
    }

    InternalTokenVerifier.Verified check(String token) {
        if (token != null) {
            InternalTokenVerifier.Verified known = verified.get(token);
            if (known != null) {
                if (clock.instant().isBefore(known.expiresAt())) {
                    return known;
                }
                verified.remove(token, known);
            }
        }
        InternalTokenVerifier.Verified fresh = verifier.check(token);
        remember(token, fresh);
        return fresh;
    }

    private void remember(String token, InternalTokenVerifier.Verified fresh) {
        if (verified.size() >= capacity) {
            Instant now = clock.instant();
            verified.values().removeIf(v -> !now.isBefore(v.expiresAt()));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, fresh);
    }

    int size() {
        return verified.size();
    }
}
