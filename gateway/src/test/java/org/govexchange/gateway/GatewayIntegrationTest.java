package org.govexchange.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.govexchange.contracts.kafka.PlatformPrincipal;
import org.govexchange.gateway.catalog.CatalogEvents;
import org.govexchange.gateway.catalog.DataRoutes;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;

/**
 * The running gateway on a random port, with WireMock standing in for the services behind it and a real
 * (embedded) Kafka for catalog events and audit events. Every gateway test class extends this one, so they
 * all share one application context.
 *
 * <ul>
 *   <li>catalog: WireMock serving the JWK set of {@link TestTokens}, the service token and the lookup API
 *       (routes and grants below), re-stubbed before every test
 *   <li>population and certificate: WireMock servers (stubbed per test)
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
            "gx.gateway.resilience.permitted-calls-in-half-open-state=1",
            "gx.gateway.catalog.client-secret=test-service-secret",
            "gx.gateway.catalog.issuer=" + TestTokens.ISSUER,
            "gx.gateway.catalog.missing-grant-ttl=500ms",
            "gx.gateway.limits.departments." + GatewayIntegrationTest.RATE_LIMITED_DEPT + ".rate-per-second=0.01",
            "gx.gateway.limits.departments." + GatewayIntegrationTest.RATE_LIMITED_DEPT + ".burst=3",
            "gx.gateway.limits.max-body-size=64KB"
        })
@EnableWireMock({
    @ConfigureWireMock(name = "catalog-service", baseUrlProperties = "gx.services.catalog"),
    @ConfigureWireMock(name = "population-db-service", baseUrlProperties = "gx.services.population"),
    @ConfigureWireMock(name = "certificate-service", baseUrlProperties = "gx.services.certificate")
})
public abstract class GatewayIntegrationTest {

    protected static final int LEGAL_ENTITY_PORT = unusedPort();

    protected static final int EXCHANGE_PORT = unusedPort();

    /** A department with a bucket of 3 requests (see the properties above). */
    protected static final String RATE_LIMITED_DEPT = "91350100M000100Y43";

    protected static final String POPULATION = "101001/000001";
    protected static final String LEGAL_ENTITY = "102001/000001";
    protected static final String CERTIFICATES = "201001/000001";
    protected static final String SEALED = "101099/000001";

    protected static final Path WORK = workDirectory();

    @LocalServerPort
    protected int port;

    @Value("${gx.services.catalog}")
    protected String catalogUrl;

    @Autowired
    protected CatalogEvents catalogEvents;

    @Autowired
    protected DataRoutes dataRoutes;

    /** Once per JVM: the catalog's keys and routes are read before the first test, not inside its timing. */
    private static volatile boolean warm;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("gx.services.legal-entity", () -> "http://127.0.0.1:" + LEGAL_ENTITY_PORT);
        registry.add("gx.services.exchange", () -> "http://127.0.0.1:" + EXCHANGE_PORT);
        // The gateway connects as its own principal (gx-gateway), with exactly the platform's ACLs.
        registry.add("gx.kafka.bootstrap-servers", EmbeddedKafka::bootstrapServers);
        registry.add("gx.kafka.username", () -> EmbeddedKafka.connection(PlatformPrincipal.GATEWAY)
                .username());
        registry.add("gx.kafka.password", () -> EmbeddedKafka.connection(PlatformPrincipal.GATEWAY)
                .password());
        registry.add("gx.gateway.internal-token.private-key-file", () -> WORK.resolve("keys/gateway.pem"));
        registry.add("gx.gateway.audit.spool-dir", () -> WORK.resolve("spool"));
    }

    @BeforeEach
    void stubCatalog() {
        WireMock catalog = catalog();
        catalog.register(get(urlEqualTo("/oauth2/jwks")).willReturn(okJson(TestTokens.jwks(TestTokens.CATALOG_KEY))));
        catalog.register(post(urlEqualTo("/oauth2/token"))
                .withBasicAuth("gx-service", "test-service-secret")
                .willReturn(
                        okJson("{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":1800}")));
        catalog.register(get(urlEqualTo("/api/catalog/lookup/routes"))
                .willReturn(okJson("["
                        + route(POPULATION, TestTokens.PSB, "CONDITIONAL", "/api/population/persons") + ","
                        + route(LEGAL_ENTITY, TestTokens.AMR, "UNCONDITIONAL", "/api/legal-entities/entities") + ","
                        + route(CERTIFICATES, TestTokens.AMR, "CONDITIONAL", "/api/certificates/certificates") + ","
                        + route(SEALED, TestTokens.PSB, "NOT_SHARED", "/api/population/sealed-records")
                        + "]")));
        catalog.register(get(urlEqualTo("/api/catalog/lookup/revocations"))
                .willReturn(okJson("{\"suspendedDepartments\":[],\"clients\":[]}")));
        stubGrant(TestTokens.HRSS, POPULATION, "grant-hrss-population", 0);
        stubGrant(TestTokens.HRSS, LEGAL_ENTITY, "grant-hrss-legal-entity", 0);
        stubGrant(TestTokens.HRSS, CERTIFICATES, "grant-hrss-certificates", 0);
        // Catalog events are seen from "now" on: wait until the gateway's consumer has its partitions.
        await().atMost(Duration.ofSeconds(30)).until(catalogEvents::isListening);
        if (!warm) {
            dataRoutes.refresh().block(Duration.ofSeconds(10));
            gateway().get().uri("/actuator/health").exchange().expectStatus().isOk();
            warm = true;
        }
    }

    protected WireMock catalog() {
        URI uri = URI.create(catalogUrl);
        return new WireMock(uri.getHost(), uri.getPort());
    }

    /** The catalog's answer to the gateway's grant lookup (the catalog's GrantPolicy). */
    protected void stubGrant(String consumer, String resource, String grantId, long dailyQuota) {
        catalog()
                .register(get(urlPathEqualTo("/api/catalog/lookup/grants/active"))
                        .withQueryParam("consumer", equalTo(consumer))
                        .withQueryParam("resource", equalTo(resource))
                        .withQueryParam("mode", equalTo("API"))
                        .willReturn(okJson(grantJson(consumer, resource, grantId, dailyQuota, "ACTIVE"))));
    }

    protected void stubNoGrant(String consumer, String resource) {
        catalog()
                .register(get(urlPathEqualTo("/api/catalog/lookup/grants/active"))
                        .withQueryParam("consumer", equalTo(consumer))
                        .withQueryParam("resource", equalTo(resource))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"status\":404,\"code\":\"GRANT_MISSING\"}")));
    }

    /** Population grants: idNumber, name (masked), gender, birthDate, residenceAddress — not phone. */
    protected static String grantJson(
            String consumer, String resource, String grantId, long dailyQuota, String status) {
        String fields = resource.equals(POPULATION)
                ? "[{\"code\":\"idNumber\",\"masking\":\"NONE\",\"sensitivity\":\"L3\"},"
                        + "{\"code\":\"name\",\"masking\":\"NAME\",\"sensitivity\":\"L2\"},"
                        + "{\"code\":\"gender\",\"masking\":\"NONE\",\"sensitivity\":\"L1\"},"
                        + "{\"code\":\"birthDate\",\"masking\":\"NONE\",\"sensitivity\":\"L2\"},"
                        + "{\"code\":\"residenceAddress\",\"masking\":\"NONE\",\"sensitivity\":\"L3\"}]"
                : "[{\"code\":\"id\",\"masking\":\"NONE\",\"sensitivity\":\"L1\"},"
                        + "{\"code\":\"name\",\"masking\":\"NONE\",\"sensitivity\":\"L1\"}]";
        return "{\"grantId\":\"" + grantId + "\",\"consumerCode\":\"" + consumer + "\",\"providerCode\":\""
                + TestTokens.PSB + "\",\"resourceCode\":\"" + resource + "\",\"resourceVersion\":1,"
                + "\"apiPath\":\"/x\",\"shareType\":\"CONDITIONAL\",\"mode\":\"API\",\"fields\":" + fields
                + ",\"dailyQuota\":" + dailyQuota + ",\"validFrom\":\"2020-01-01\",\"validTo\":\"2099-12-31\","
                + "\"status\":\"" + status + "\"}";
    }

    private static String route(String code, String provider, String shareType, String apiPath) {
        return "{\"code\":\"" + code + "\",\"name\":\"r\",\"providerCode\":\"" + provider + "\",\"shareType\":\""
                + shareType + "\",\"apiPath\":\"" + apiPath + "\",\"status\":\"PUBLISHED\",\"currentVersion\":1}";
    }

    /** The gateway as the demo department hrss calls it (a valid token, no purpose). */
    protected WebTestClient gateway() {
        return as(TestTokens.department(TestTokens.HRSS));
    }

    protected WebTestClient as(String bearerToken) {
        return anonymous()
                .mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
                .build();
    }

    /** No credentials at all. */
    protected WebTestClient anonymous() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Sends {@code call} and expects a problem+json of {@code status} with {@code code}; the response stays open to
     * header checks.
     */
    protected static WebTestClient.ResponseSpec expectProblem(
            WebTestClient.RequestHeadersSpec<?> call, int status, String code) {
        WebTestClient.ResponseSpec response = call.exchange();
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo(code);
        return response;
    }

    /** A port that was free a moment ago and that nothing in this JVM listens on until a test says so. */
    protected static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path workDirectory() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "gx-gateway-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
