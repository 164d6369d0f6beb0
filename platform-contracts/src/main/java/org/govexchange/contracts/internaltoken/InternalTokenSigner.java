package org.govexchange.contracts.internaltoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.grant.GrantContext;

/** Mints internal tokens; used by the gateway (and by benchmarks that call a service directly). */
public final class InternalTokenSigner {

    private final ECDSASigner signer;
    private final String keyId;
    private final Clock clock;

    public InternalTokenSigner(ECPrivateKey key, String keyId, Clock clock) {
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not a P-256 key", e);
        }
        this.keyId = keyId;
        this.clock = clock;
    }

    public String sign(GrantContext grant, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.compareTo(InternalToken.MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("an internal token lives at most " + InternalToken.MAX_LIFETIME);
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(InternalToken.ISSUER)
                .audience(InternalToken.AUDIENCE)
                .jwtID(grant.requestId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim(InternalToken.CLAIM_DEPT, grant.consumerDept())
                .claim(InternalToken.CLAIM_CLIENT, grant.clientId())
                .claim(InternalToken.CLAIM_GRANT, grant.grantId())
                .claim(InternalToken.CLAIM_RESOURCE, grant.resourceCode())
                .claim(InternalToken.CLAIM_FIELDS, List.copyOf(grant.fields()))
                .claim(InternalToken.CLAIM_MASKING, maskingClaim(grant))
                .claim(InternalToken.CLAIM_PURPOSE, grant.purpose());
        if (grant.caseId() != null) {
            claims.claim(InternalToken.CLAIM_CASE, grant.caseId());
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing the internal token failed", e);
        }
        return jwt.serialize();
    }

    private static Map<String, Object> maskingClaim(GrantContext grant) {
        Map<String, Object> claim = new LinkedHashMap<>();
        grant.masking().forEach((field, masking) -> claim.put(field, masking.name()));
        return claim;
    }
}
