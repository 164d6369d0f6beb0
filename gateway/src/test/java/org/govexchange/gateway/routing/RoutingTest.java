package org.govexchange.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.wiremock.spring.InjectWireMock;

class RoutingTest extends GatewayIntegrationTest {

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @InjectWireMock("catalog-service")
    WireMockServer catalog;

    @InjectWireMock("certificate-service")
    WireMockServer certificate;

    @Test
    void routedCallReachesTheServiceWithPathAndQueryUnchangedAndReturnsItsAnswer() {
        String path = "/api/population/persons/11010519491231002X?fields=name,birthDate&purpose=SOCIAL_SECURITY";
        population.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("X-Downstream", "population")
                        .withBody("{\"name\":\"张*\",\"birthDate\":\"1949-12-31\"}")));

        gateway()
                .get()
                .uri(path)
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .header("X-Forwarded-Host", "spoofed.example")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Downstream", "population")
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("张*")
                .jsonPath("$.birthDate")
                .isEqualTo("1949-12-31");

        population.verify(getRequestedFor(urlEqualTo(path))
                .withHeader("X-GX-Purpose", equalTo("SOCIAL_SECURITY"))
                // The gateway names itself so the service's OpenAPI server URL points at the gateway.
                .withHeader("X-Forwarded-Host", equalTo("127.0.0.1:" + port))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Port", equalTo(String.valueOf(port)))
                .withHeader("X-Forwarded-Prefix", absent()));
    }

    @Test
    void serviceErrorsPassThroughUntouched() {
        population.stubFor(get(urlEqualTo("/api/population/persons/110105194912310021"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"code\":\"ID_NUMBER_CHECKSUM\"}")));

        expectProblem(
                gateway()
                        .get()
                        .uri("/api/population/persons/110105194912310021")
                        .header("X-GX-Purpose", "SOCIAL_SECURITY"),
                400,
                "ID_NUMBER_CHECKSUM");
    }

    @Test
    void tokenEndpointOfTheCatalogIsReachableThroughTheGateway() {
        catalog.stubFor(post(urlEqualTo("/oauth2/token"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":300}")));

        gateway()
                .post()
                .uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.token_type")
                .isEqualTo("Bearer");

        catalog.verify(postRequestedFor(urlEqualTo("/oauth2/token"))
                .withRequestBody(equalTo("grant_type=client_credentials")));
    }

    @Test
    void serviceThatIsDownIsA503ProblemWithinTwoSeconds() {
        long started = System.nanoTime();

        gateway()
                .get()
                .uri("/api/legal-entities/91110000100000000A")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("DOWNSTREAM_UNAVAILABLE")
                .jsonPath("$.type")
                .isEqualTo("https://govexchange.org/problems/downstream-unavailable")
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.route")
                .isEqualTo("legal-entity")
                .jsonPath("$.trace")
                .doesNotExist();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void slowServiceIsA504ProblemAtTheRouteTimeoutWithinTwoSeconds() {
        certificate.stubFor(get(urlEqualTo("/api/certificates/BL-2024-000001"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
        long started = System.nanoTime();

        gateway()
                .get()
                .uri("/api/certificates/BL-2024-000001")
                .exchange()
                .expectStatus()
                .isEqualTo(504)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("DOWNSTREAM_TIMEOUT")
                .jsonPath("$.route")
                .isEqualTo("certificate");

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        // The route's 1.5 s deadline applies, not Resilience4j's 1 s default.
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(1_400)).isLessThan(Duration.ofSeconds(2));
    }
}
