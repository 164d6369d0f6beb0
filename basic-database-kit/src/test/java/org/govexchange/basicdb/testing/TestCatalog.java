package org.govexchange.basicdb.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

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
 * Plays the catalog, an HTTP peer outside this module: its token-signing RSA key, its JWK set served by
 * WireMock, and Bearer tokens signed with the key. One per test JVM.
 */
public final class TestCatalog {

    private static final RSAKey KEY = generate();
    private static WireMockServer server;

    private TestCatalog() {}

    /** Where the service fetches the catalog's keys. */
    public static synchronized String jwkSetUri() {
        if (server == null) {
            var started = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            started.start();
            started.stubFor(get("/oauth2/jwks").willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-catalog-stop"));
            server = started;
        }
        return server.baseUrl() + "/oauth2/jwks";
    }

    public static String bearer(String clientId, String department, String... roles) {
        var claims = new JWTClaimsSet.Builder()
                .subject(clientId)
                .issuer("http://127.0.0.1:8081")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
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
        return "Bearer " + jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("catalog-test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
