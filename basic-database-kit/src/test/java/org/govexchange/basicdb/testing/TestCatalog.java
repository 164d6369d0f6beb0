package org.govexchange.basicdb.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.govexchange.testkit.CatalogTokens;

/**
 * Plays the catalog, an HTTP peer outside this module: its token-signing RSA key, its JWK set served by
 * WireMock, and Bearer tokens signed with the key. One per test JVM.
 */
public final class TestCatalog {

    private static WireMockServer server;

    private TestCatalog() {}

    /** Where the service fetches the catalog's keys. */
    public static synchronized String jwkSetUri() {
        if (server == null) {
            var started = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            started.start();
            started.stubFor(get("/oauth2/jwks").willReturn(okJson(CatalogTokens.CATALOG.jwkSetJson())));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-catalog-stop"));
            server = started;
        }
        return server.baseUrl() + "/oauth2/jwks";
    }

    /** An Authorization header value of the stand-in catalog's token. */
    public static String bearer(String clientId, String department, String... roles) {
        return "Bearer " + CatalogTokens.CATALOG.token(clientId, department, roles);
    }
}
