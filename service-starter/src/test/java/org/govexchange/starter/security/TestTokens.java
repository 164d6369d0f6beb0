package org.govexchange.starter.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Plays the catalog's authorization server: an RSA key made here, its JWK set, and tokens signed with it. */
final class TestTokens {

    static final String KEY_ID = "catalog-test-key";

    private final RSAKey key;

    private TestTokens(RSAKey key) {
        this.key = key;
    }

    static TestTokens generate() {
        try {
            return new TestTokens(new RSAKeyGenerator(2048).keyID(KEY_ID).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the catalog serves at {@code /oauth2/jwks}. */
    String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    String token(String clientId, String department, String... roles) {
        return token(clientId, department, Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    String token(String clientId, String department, Instant expiresAt, String... roles) {
        var claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .issuer("http://127.0.0.1:8081")
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.of(roles));
        if (department != null) {
            claims.claim("dept", department);
        }
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
