package org.govexchange.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.wiremock.spring.InjectWireMock;

/** What an operator sees: health, metrics, and nothing else of the actuator. */
class OperationsTest extends GatewayIntegrationTest {

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @Test
    void healthIsUp() {
        gateway()
                .get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void actuatorExposesNeitherEnvironmentNorRoutes() {
        for (String path : new String[] {"/actuator/env", "/actuator/gateway/routes", "/actuator/beans"}) {
            gateway()
                    .get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void prometheusHasGatewayAndHttpMetricsTaggedWithTheApplication() {
        population.stubFor(get(urlEqualTo("/api/population/persons/metrics-probe"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        gateway()
                .get()
                .uri("/api/population/persons/metrics-probe")
                .header("X-GX-Purpose", "METRICS_PROBE")
                .exchange()
                .expectStatus()
                .isOk();

        // Metrics name departments and their traffic: nobody but an operator reads them through the door.
        anonymous().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        expectProblem(gateway().get().uri("/actuator/prometheus"), 403, "FORBIDDEN");
        String metrics = as(TestTokens.operator())
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(metrics)
                .contains("application=\"gateway\"")
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"population\"")
                .contains("http_server_requests_seconds_count")
                .contains("resilience4j_circuitbreaker_state")
                .containsPattern(
                        "gx_gateway_requests_seconds_bucket\\{[^}]*consumer=\"11350100003501038C\"[^}]*route=\"population\"[^}]*status=\"200\"")
                .contains("gx_gateway_audit_spool_events");
    }
}
