package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.account;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.testkit.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the catalog's integration tests: the real application on a random port, on the test JVM's
 * MariaDB and Kafka, driven over HTTP with tokens from the real {@code /oauth2/token}. Every subclass shares
 * one application context (same configuration as {@link CatalogRuntimeTest}); tests create their own
 * departments with fresh credit codes so they do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class CatalogApiTest {

    public static final String ADMIN_ID = "gx-admin";
    public static final String ADMIN_SECRET = "test-admin-secret-for-catalog-tests";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicInteger ORGANISATIONS = new AtomicInteger(60_000_000);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Environment environment;

    /** A JSON answer: status, body, and JsonPath reads of the body. */
    public record Response(int status, String body, String contentType) {

        public <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        public String code() {
            return read("$.code");
        }
    }

    /** A department registered through the API, with its DEPT_SYSTEM client and a DEPT_ADMIN client. */
    public record Dept(String code, String systemId, String systemSecret, String adminId, String adminSecret) {}

    // ---- tokens -----------------------------------------------------------------------------------------

    protected HttpResponse<String> requestToken(String clientId, String secret)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(uri("/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh access token (cached per client and secret for the run). */
    protected String token(String clientId, String secret) {
        return TOKENS.computeIfAbsent(clientId + ":" + secret, k -> {
            try {
                HttpResponse<String> response = requestToken(clientId, secret);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return JsonPath.read(response.body(), "$.access_token");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    protected String adminToken() {
        return token(ADMIN_ID, ADMIN_SECRET);
    }

    protected String adminTokenOf(Dept dept) {
        return token(dept.adminId(), dept.adminSecret());
    }

    // ---- HTTP -------------------------------------------------------------------------------------------

    protected Response get(String path, String token) {
        return call("GET", path, token, null);
    }

    protected Response post(String path, String token, Object body) {
        return call("POST", path, token, body);
    }

    protected Response put(String path, String token, Object body) {
        return call("PUT", path, token, body);
    }

    protected Response patch(String path, String token, Object body) {
        return call("PATCH", path, token, body);
    }

    protected Response call(String method, String path, String token, Object body) {
        var builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            String text = body instanceof String s ? s : json.writeValueAsString(body);
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Asserts a problem+json answer with this status and code. */
    protected static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).as(response.body()).isEqualTo(code);
    }

    // ---- fixtures ---------------------------------------------------------------------------------------

    /** A valid credit code nobody has used in this test JVM. */
    protected static String newCreditCode() {
        return CreditCodes.compose("11350100", String.format("%08d", ORGANISATIONS.incrementAndGet()));
    }

    /** Registers a department and a DEPT_ADMIN account for it, through the API as gx-admin. */
    protected Dept newDepartment(String name) {
        String code = newCreditCode();
        Response registered = registerDepartment(code, name);
        String adminId = code.toLowerCase() + "-admin";
        Response admin = post("/api/catalog/accounts", adminToken(), account(adminId, code, "DEPT_ADMIN"));
        assertThat(admin.status()).as(admin.body()).isEqualTo(201);
        return new Dept(
                code,
                registered.read("$.systemClient.clientId"),
                registered.read("$.systemClient.clientSecret"),
                adminId,
                admin.read("$.clientSecret"));
    }

    /** Registers a department through the API as gx-admin; the 201 answer holds its system client and node credential. */
    protected Response registerDepartment(String code, String name) {
        Response registered = post(
                "/api/catalog/departments",
                adminToken(),
                Map.of("code", code, "name", name, "level", "CITY", "contact", "测试联系人 0591-00000000"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered;
    }

    /** Creates a platform-level account (AUDITOR, OPERATOR, SERVICE…) and returns its secret. */
    protected String newAccount(String clientId, String role) {
        Response created = post("/api/catalog/accounts", adminToken(), account(clientId, null, role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.read("$.clientSecret");
    }

    /** A unique client id with a readable prefix. */
    protected static String clientId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates and publishes a resource of {@code provider}; returns its code. */
    protected String publishedResource(Dept provider, String shareType) {
        Response created = post(
                "/api/catalog/resources",
                adminTokenOf(provider),
                resourceBody(provider.code(), shareType, "/api/test/" + UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.read("$.code");
        Response published = post("/api/catalog/resources/" + code + "/publish", adminTokenOf(provider), null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return code;
    }

    /** {@code POST /api/catalog/applications} as {@code consumer}'s admin. */
    protected Response submit(Dept consumer, Map<String, Object> application) {
        return post("/api/catalog/applications", adminTokenOf(consumer), application);
    }

    /** {@code POST /api/catalog/applications/{id}/approve} with {@code decision} (null: as requested). */
    protected Response approve(String applicationId, String token, Object decision) {
        return post("/api/catalog/applications/" + applicationId + "/approve", token, decision);
    }

    // ---- Kafka ------------------------------------------------------------------------------------------

    /** Waits for a record of {@code topic} matching {@code match}; every matching record ({@link TopicRecords}). */
    protected List<ConsumerRecord<String, String>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, String>> match) {
        return TopicRecords.awaitMatching(topic, match);
    }

    /** Waits for the audit events of {@code kind} that mention {@code subject} (an id, a client id). */
    protected List<ConsumerRecord<String, String>> awaitAudit(String kind, String subject) {
        return awaitRecords(
                "gx.audit",
                r -> r.value().contains("\"kind\":\"" + kind + "\"")
                        && r.value().contains(subject));
    }
}
