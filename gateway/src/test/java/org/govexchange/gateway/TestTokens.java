package org.govexchange.gateway;

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

/** Plays the catalog's authorization server in gateway tests: RSA keys, their JWK set, and access tokens. */
public final class TestTokens {

    /** The catalog's issuer as the gateway under test pins it. */
    public static final String ISSUER = "http://catalog.test";

    public static final String AUDIENCE = "gx-platform";

    public static final String HRSS = "11350100003501038C";
    public static final String PSB = "11350100003501011L";
    public static final String AMR = "1135010000350102XC";

    public static final RSAKey CATALOG_KEY = generate("gx-catalog-rs256-1");

    /** The key the catalog rotates to in the rotation test. */
    public static final RSAKey ROTATED_KEY = generate("gx-catalog-rs256-2");

    /** Same key id as the catalog's, different key: a forgery. */
    public static final RSAKey FORGER_KEY = generate("gx-catalog-rs256-1");

    private TestTokens() {}

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String jwks(RSAKey... keys) {
        return new JWKSet(List.of(keys)).toPublicJWKSet().toString();
    }

    /** A department system's token, valid for 5 minutes. */
    public static String department(String dept) {
        return mint(CATALOG_KEY, "dept-" + dept + "-system", dept, Duration.ofMinutes(5));
    }

    public static String mint(RSAKey key, String clientId, String dept, Duration validFor) {
        return mint(key, clientId, dept, validFor, ISSUER, AUDIENCE, List.of("DEPT_SYSTEM"));
    }

    /** An operator's token (no department). */
    public static String operator() {
        return mint(CATALOG_KEY, "gx-operator", null, Duration.ofMinutes(5), ISSUER, AUDIENCE, List.of("OPERATOR"));
    }

    public static String mint(
            RSAKey key,
            String clientId,
            String dept,
            Duration validFor,
            String issuer,
            String audience,
            List<String> roles) {
        return mint(
                key, clientId, dept, Instant.now().minus(Duration.ofMinutes(10)), validFor, issuer, audience, roles);
    }

    /** A department system's token issued at {@code issuedAt}. */
    public static String department(String dept, Instant issuedAt) {
        return mint(
                CATALOG_KEY,
                "dept-" + dept + "-system",
                dept,
                issuedAt,
                Duration.ofMinutes(5),
                ISSUER,
                AUDIENCE,
                List.of("DEPT_SYSTEM"));
    }

    public static String mint(
            RSAKey key,
            String clientId,
            String dept,
            Instant issuedAt,
            Duration validFor,
            String issuer,
            String audience,
            List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .issuer(issuer)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("roles", roles);
        if (audience != null) {
            claims.audience(audience);
        }
        if (dept != null) {
            claims.claim("dept", dept);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
