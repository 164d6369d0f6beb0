package org.govexchange.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;

/**
 * The running gateway on a random port, with WireMock standing in for the services behind it. Every
 * gateway test class extends this one, so they all share one application context.
 *
 * <ul>
 *   <li>catalog, population and certificate: WireMock servers (stubbed per test)
 *   <li>legal-entity: a port nobody listens on (connection refused)
 *   <li>exchange: a port where a test starts, breaks and restarts its own service
 * </ul>
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // Small windows and a short open state keep the circuit tests quick; the timeout stays the default.
            "gx.gateway.resilience.sliding-window-size=4",
            "gx.gateway.resilience.minimum-number-of-calls=4",
            "gx.gateway.resilience.open-state-wait=2s",
            "gx.gateway.resilience.permitted-calls-in-half-open-state=1"
        })
@EnableWireMock({
    @ConfigureWireMock(name = "catalog-service", baseUrlProperties = "gx.services.catalog"),
    @ConfigureWireMock(name = "population-db-service", baseUrlProperties = "gx.services.population"),
    @ConfigureWireMock(name = "certificate-service", baseUrlProperties = "gx.services.certificate")
})
public abstract class GatewayIntegrationTest {

    protected static final int LEGAL_ENTITY_PORT = unusedPort();

    protected static final int EXCHANGE_PORT = unusedPort();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servicesWithoutWireMock(DynamicPropertyRegistry registry) {
        registry.add("gx.services.legal-entity", () -> "http://127.0.0.1:" + LEGAL_ENTITY_PORT);
        registry.add("gx.services.exchange", () -> "http://127.0.0.1:" + EXCHANGE_PORT);
    }

    protected WebTestClient gateway() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A port that was free a moment ago and that nothing in this JVM listens on until a test says so. */
    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
