package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security chain lets through only requests nothing serves (their 404 problem); every handler lives under
 * {@code /api/catalog/}, where a token is required, and a handler outside it would be denied, not opened.
 */
class CatalogEndpointsTest extends CatalogApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiHandlerIsUnderTheAuthenticatedPrefix() {
        List<String> patterns = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .toList();

        assertThat(patterns).isNotEmpty();
        assertThat(patterns).allSatisfy(pattern -> assertThat(pattern)
                .satisfiesAnyOf(
                        p -> assertThat(p).startsWith("/api/catalog/"),
                        p -> assertThat(p).isEqualTo("/error"),
                        p -> assertThat(p).startsWith("/v3/api-docs"),
                        p -> assertThat(p).startsWith("/swagger-ui")));
    }

    @Test
    void theAuthorizationServerEndpointsAreReachableWithoutAToken() {
        assertThat(get("/oauth2/jwks", null).status()).isEqualTo(200);
        assertThat(get("/.well-known/oauth-authorization-server", null).status())
                .isEqualTo(200);
        // Nothing serves it: the 404 problem, which discloses nothing.
        assertProblem(get("/not-an-api", null), 404, "NOT_FOUND");
        assertProblem(get("/api/not-the-catalog", null), 404, "NOT_FOUND");
    }
}
