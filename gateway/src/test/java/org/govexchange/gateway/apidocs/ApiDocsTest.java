package org.govexchange.gateway.apidocs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.wiremock.spring.InjectWireMock;

/** One Swagger UI at the gateway for the documents of all five services. */
class ApiDocsTest extends GatewayIntegrationTest {

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @Test
    void swaggerConfigListsEveryService() {
        gateway()
                .get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls.length()")
                .isEqualTo(5)
                .jsonPath("$.urls[?(@.name == 'catalog-service')].url")
                .isEqualTo("/openapi/catalog-service")
                .jsonPath("$.urls[?(@.name == 'exchange-service')].url")
                .isEqualTo("/openapi/exchange-service")
                .jsonPath("$.urls[?(@.name == 'population-db-service')].url")
                .isEqualTo("/openapi/population-db-service")
                .jsonPath("$.urls[?(@.name == 'legal-entity-db-service')].url")
                .isEqualTo("/openapi/legal-entity-db-service")
                .jsonPath("$.urls[?(@.name == 'certificate-service')].url")
                .isEqualTo("/openapi/certificate-service");
    }

    @Test
    void swaggerUiIsServed() {
        String location = gateway()
                .get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getFirst("Location");

        gateway()
                .get()
                .uri(location)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void serviceDocumentIsFetchedFromTheServiceOwnApiDocsPath() {
        population.stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"population-db-service\"}}")));

        gateway()
                .get()
                .uri("/openapi/population-db-service")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.info.title")
                .isEqualTo("population-db-service");

        population.verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }
}
