package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security chain leaves unknown {@code /api/**} paths open so they answer 404; that is safe only while
 * every handler of the service lives under {@code /api/catalog/}, where a token is required.
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
        assertProblem(get("/not-an-api", null), 401, "TOKEN_INVALID");
    }
}
