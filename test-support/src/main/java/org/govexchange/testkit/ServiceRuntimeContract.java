package org.govexchange.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every GovExchange MVC service promises at runtime, checked against the real process on real
 * infrastructure. A service's test extends this class (in the service's own package, so Spring finds
 * its application) and adds its own checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class ServiceRuntimeContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Environment environment;

    @Autowired
    protected DiscoveryClient discovery;

    /** A GET as the gateway would forward it: with an internal token (ignored by services that need none). */
    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String token = TestInternalTokens.mint("11100000000013338W", "000000/000000", Map.of());
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header(InternalToken.HEADER, token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a GET of {@code path} that must answer 200. */
    private String okBody(String path) throws IOException, InterruptedException {
        var response = get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    @Test
    void healthIsUp() throws Exception {
        assertThat(okBody("/actuator/health")).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsCarryTheApplicationTag() throws Exception {
        assertThat(okBody("/actuator/prometheus"))
                .contains("jvm_memory_used_bytes")
                .contains("application=\"" + environment.getProperty("spring.application.name") + "\"");
    }

    @Test
    void infoNamesTheService() throws Exception {
        assertThat(okBody("/actuator/info")).contains(environment.getProperty("spring.application.name"));
    }

    @Test
    void openApiDocumentIsPublished() throws Exception {
        assertThat(okBody("/v3/api-docs")).contains("\"openapi\"");
    }

    @Test
    void unknownPathIsAProblemWithACode() throws Exception {
        var response = get("/api/no-such-thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"NOT_FOUND\"");
    }

    /**
     * Paths the servlet firewall or the container refuse, and the error path itself: always a 4xx problem+json
     * with a code, never an HTML page, Boot's JSON or a 5xx. Grow this list whenever a path gets through.
     */
    static final List<String> HOSTILE_PATHS = List.of(
            "/error",
            "/error?x=1",
            "/api/%2e%2e/actuator/env",
            "/api/x/..;/y",
            "/api/a;jsessionid=1/x",
            "/api/x%2Fy",
            "/api//x",
            "/api/x%5Cy",
            "/api/x%00y",
            "/api/x%0ay",
            "/api/x%25%32%66y",
            "/api/%zz",
            "/api/./x");

    @Test
    void hostilePathsAndTheErrorPathAreProblemsWithACode() throws Exception {
        var softly = new SoftAssertions();
        for (String path : HOSTILE_PATHS) {
            RawResponse response = RawResponse.get(port, path);
            softly.assertThat(response.status()).as(path).isBetween(400, 499);
            softly.assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            softly.assertThat(response.body()).as(path).containsPattern("\"code\":\"[A-Z_]+\"");
        }
        softly.assertAll();
    }

    @Test
    void actuatorExposesNothingBeyondHealthInfoAndPrometheus() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }

    @Test
    void flywayAppliedTheFirstMigrationToTheServiceOwnDatabase() {
        String database = jdbc.queryForObject("select database()", String.class);
        assertThat(database).isEqualTo(environment.getProperty("gx.database"));
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success = 1", Integer.class);
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void discoveryIsStaticByDefaultAndNacosStaysOff() {
        var instances = discovery.getInstances("catalog-service");
        assertThat(instances).hasSize(1);
        assertThat(instances.get(0).getUri().getPort()).isEqualTo(8081);
        assertThat(environment.getProperty("spring.cloud.nacos.discovery.enabled", Boolean.class))
                .isFalse();
        assertThat(environment.getProperty("spring.cloud.nacos.config.enabled", Boolean.class))
                .isFalse();
    }

    @Test
    void shutsDownGracefully() {
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
    }
}
