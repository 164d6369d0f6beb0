package org.govexchange.testkit;

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

/**
 * Plays the catalog's authorization server in a service's tests (the catalog is an HTTP peer there): an RSA key,
 * its JWK set for the stand-in's {@code /oauth2/jwks}, and RS256 tokens with the catalog's {@code roles} and
 * {@code dept} claims.
 */
public final class CatalogTokens {

    public static final String KEY_ID = "catalog-test-key";
    public static final String ISSUER = "http://127.0.0.1:8081";

    /** One key for the test JVM. */
    public static final CatalogTokens CATALOG = generate();

    private final RSAKey key;

    private CatalogTokens(RSAKey key) {
        this.key = key;
    }

    /** Another catalog: its tokens are forgeries to a service that trusts {@link #CATALOG}. */
    public static CatalogTokens generate() {
        try {
            return new CatalogTokens(new RSAKeyGenerator(2048).keyID(KEY_ID).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the catalog serves at {@code /oauth2/jwks}. */
    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A token for {@code clientId}, bound to {@code department} (may be null), with {@code roles}; 5 minutes. */
    public String token(String clientId, String department, String... roles) {
        return token(clientId, department, Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    public String token(String clientId, String department, Instant expiresAt, String... roles) {
        var claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .issuer(ISSUER)
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
