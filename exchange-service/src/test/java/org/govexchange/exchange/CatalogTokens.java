package org.govexchange.exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The test kit's stand-in catalog ({@link org.govexchange.testkit.CatalogTokens#CATALOG}) published on the
 * catalog's WireMock, and its tokens.
 */
public final class CatalogTokens {

    private CatalogTokens() {}

    public static void publishJwks(WireMockServer catalog) {
        catalog.stubFor(
                get("/oauth2/jwks").willReturn(okJson(org.govexchange.testkit.CatalogTokens.CATALOG.jwkSetJson())));
    }

    /** A token for {@code clientId}, bound to {@code department} (may be null), with {@code roles}. */
    public static String token(String clientId, String department, String... roles) {
        return org.govexchange.testkit.CatalogTokens.CATALOG.token(clientId, department, roles);
    }
}
