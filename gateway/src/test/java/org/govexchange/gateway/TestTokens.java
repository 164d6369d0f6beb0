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
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .issuer("http://catalog.test")
                .issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("roles", List.of("DEPT_SYSTEM"));
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
