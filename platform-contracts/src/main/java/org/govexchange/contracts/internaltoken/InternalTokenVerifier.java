package org.govexchange.contracts.internaltoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;

/**
 * Verifies internal tokens against the gateway's public keys (several during a key rotation) and turns
 * them into a {@link GrantContext}. Anything doubtful is refused: wrong algorithm, unknown signature,
 * wrong issuer or audience, expired, or a lifetime longer than {@link InternalToken#MAX_LIFETIME}.
 */
public final class InternalTokenVerifier {

    /** Tolerated clock difference between the gateway and a service. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final List<ECDSAVerifier> verifiers;
    private final Clock clock;

    public InternalTokenVerifier(List<ECPublicKey> keys, Clock clock) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one gateway public key is needed");
        }
        this.verifiers = new ArrayList<>();
        for (ECPublicKey key : keys) {
            try {
                verifiers.add(new ECDSAVerifier(key));
            } catch (JOSEException e) {
                throw new IllegalArgumentException("not a P-256 key", e);
            }
        }
        this.clock = clock;
    }

    /** A verified token's grant and the instant it stops being valid. */
    public record Verified(GrantContext grant, Instant expiresAt) {}

    public GrantContext verify(String token) {
        return check(token).grant();
    }

    /** Verifies {@code token}; its grant and expiry, or {@link InvalidInternalTokenException}. */
    public Verified check(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidInternalTokenException(
                    "This service is reached only through the gateway: the internal token is missing.");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidInternalTokenException("The internal token is not a JWT.");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !signedByKnownKey(jwt)) {
            throw new InvalidInternalTokenException("The internal token's signature is not the gateway's.");
        }
        Instant now = clock.instant();
        Date issued = claims.getIssueTime();
        Date expires = claims.getExpirationTime();
        if (!InternalToken.ISSUER.equals(claims.getIssuer())
                || claims.getAudience() == null
                || !claims.getAudience().contains(InternalToken.AUDIENCE)
                || issued == null
                || expires == null) {
            throw new InvalidInternalTokenException("The internal token lacks issuer, audience or validity.");
        }
        if (expires.toInstant().plus(CLOCK_SKEW).isBefore(now)
                || issued.toInstant().minus(CLOCK_SKEW).isAfter(now)
                || Duration.between(issued.toInstant(), expires.toInstant()).compareTo(InternalToken.MAX_LIFETIME)
                        > 0) {
            throw new InvalidInternalTokenException("The internal token has expired or is not yet valid.");
        }
        try {
            return new Verified(
                    new GrantContext(
                            claims.getJWTID(),
                            claims.getStringClaim(InternalToken.CLAIM_DEPT),
                            claims.getStringClaim(InternalToken.CLAIM_CLIENT),
                            claims.getStringClaim(InternalToken.CLAIM_GRANT),
                            claims.getStringClaim(InternalToken.CLAIM_RESOURCE),
                            set(claims.getStringListClaim(InternalToken.CLAIM_FIELDS)),
                            masking(claims.getJSONObjectClaim(InternalToken.CLAIM_MASKING)),
                            claims.getStringClaim(InternalToken.CLAIM_PURPOSE),
                            claims.getStringClaim(InternalToken.CLAIM_CASE)),
                    expires.toInstant());
        } catch (ParseException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidInternalTokenException("The internal token's claims are malformed.");
        }
    }

    private boolean signedByKnownKey(SignedJWT jwt) {
        for (ECDSAVerifier verifier : verifiers) {
            try {
                if (jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                // Not this key; try the next one.
            }
        }
        return false;
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    /** Field → masking; a field the claim leaves out is masked FULL by {@link GrantContext}. */
    private static Map<String, Masking> masking(Map<String, Object> claim) {
        Map<String, Masking> masking = new LinkedHashMap<>();
        if (claim != null) {
            claim.forEach((field, value) -> masking.put(field, Masking.valueOf((String) value)));
        }
        return masking;
    }
}
