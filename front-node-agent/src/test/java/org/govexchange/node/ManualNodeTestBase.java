package org.govexchange.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.testkit.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;

/**
 * Test node B, driven by hand (gx.node.scheduling=false): tests call extraction and sending themselves. Its
 * gateway is WireMock with the stubs of wiremock/hub (token, key registration, hub key, backfill).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("test-b")
@ContextConfiguration(initializers = TestNodes.B.class)
@EnableWireMock(
        @ConfigureWireMock(
                name = "hub",
                baseUrlProperties = "gx.node.hub-url",
                filesUnderClasspath = "wiremock/hub",
                resetWireMockServer = false))
public abstract class ManualNodeTestBase {

    /** Source versions of all B tests come from one clock that only moves forward, past every watermark. */
    private static final AtomicLong CLOCK =
            new AtomicLong(Instant.now().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected DepartmentDatabase department;

    /** The node's store database. */
    @Autowired
    protected JdbcTemplate store;

    protected JdbcTemplate dept() {
        return department.jdbc();
    }

    /** A source timestamp later than every one before it in this JVM. */
    protected static LocalDateTime nextTime() {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(CLOCK.addAndGet(1_000)), ZoneOffset.UTC);
    }

    protected HttpResponse<String> post(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
