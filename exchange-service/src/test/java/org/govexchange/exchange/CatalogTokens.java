package org.govexchange.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;
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
 * Plays the catalog's authorization server: one RSA key for the test JVM, published as the JWK set
 * at {@code /oauth2/jwks} on the catalog's WireMock, and RS256 tokens with {@code roles} and
 * {@code dept} claims signed with it.
 */
public final class CatalogTokens {

    private static final RSAKey KEY = generate();

    private CatalogTokens() {}

    public static void publishJwks(WireMockServer catalog) {
        catalog.stubFor(get("/oauth2/jwks").willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
    }

    /** A token for {@code clientId}, bound to {@code department} (may be null), with {@code roles}. */
    public static String token(String clientId, String department, String... roles) {
        var claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .claim("roles", List.of(roles));
        if (department != null) {
            claims.claim("dept", department);
        }
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("catalog-test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
