package org.govexchange.starter.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.govexchange.starter.problem.ProblemHandlingAutoConfiguration;
import org.govexchange.testkit.CatalogTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.wiremock.spring.InjectWireMock;

/**
 * A web slice of a service with the resource-server starter: Boot's security, the starter's chain and problem
 * handling, and a WireMock catalog publishing the JWK set of {@link #TOKENS}. A test extends this with its
 * {@code @WebMvcTest} controllers and says, with {@code @EnableWireMock}, where the service finds the catalog.
 */
@ImportAutoConfiguration({
    SecurityAutoConfiguration.class,
    ServletWebSecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class,
    ResourceServerAutoConfiguration.class,
    ProblemHandlingAutoConfiguration.class
})
abstract class ResourceServerSlice {

    static final CatalogTokens TOKENS = CatalogTokens.generate();

    @InjectWireMock("catalog")
    WireMockServer catalog;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void catalogPublishesItsKeys() {
        catalog.stubFor(get("/oauth2/jwks").willReturn(okJson(TOKENS.jwkSetJson())));
    }
}
