package org.govexchange.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;

/** A failing service opens its route's circuit; once it is back, the same gateway uses it again. */
class CircuitRecoveryTest extends GatewayIntegrationTest {

    private static final String PATH = "/api/exchange/nodes/dept-001";

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    private WireMockServer exchange;

    @AfterEach
    void stopService() {
        if (exchange != null) {
            exchange.stop();
        }
    }

    @Test
    void openCircuitAnswersAtOnceAndARestartedServiceIsUsedAgain() {
        exchange = startExchangeService();
        exchange.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (int call = 0; call < 4; call++) {
            expectUnavailable();
        }
        CircuitBreaker circuit = circuitBreakers.getCircuitBreakerRegistry().circuitBreaker("exchange");
        assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.OPEN);

        // Open: the gateway answers without calling the service at all.
        int callsSoFar = exchange.getAllServeEvents().size();
        long started = System.nanoTime();
        expectUnavailable();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(exchange.getAllServeEvents()).hasSize(callsSoFar);

        // The service restarts, healthy, on the same address.
        exchange.stop();
        exchange = startExchangeService();
        exchange.stubFor(get(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"nodeId\":\"dept-001\",\"status\":\"ONLINE\"}")));

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> gateway()
                        .get()
                        .uri(PATH)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.status")
                        .isEqualTo("ONLINE"));
        assertThat(circuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private void expectUnavailable() {
        gateway()
                .get()
                .uri(PATH)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("DOWNSTREAM_UNAVAILABLE");
    }

    private static WireMockServer startExchangeService() {
        WireMockServer server =
                new WireMockServer(options().bindAddress("127.0.0.1").port(EXCHANGE_PORT));
        server.start();
        return server;
    }
}
