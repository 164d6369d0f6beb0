package org.govexchange.exchange.audit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.exchange.CatalogTokens;
import org.govexchange.exchange.HubIntegration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the audit tests share: the running service, tokens, a clean log, events to append. */
abstract class AuditTestSupport extends HubIntegration {

    static final String PSB = "11100000000013338W";
    static final String MCA = "91350100M000100Y43";
    static final String AMR = "12100000400010398P";
    static final String POPULATION = "101001/000001";
    static final String LEGAL_ENTITY = "102001/000001";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    AuditAppender appender;

    @BeforeEach
    void catalogPublishesItsKeys() {
        CatalogTokens.publishJwks(catalog);
    }

    /** Empties the log and its checkpoints: the chain starts again at sequence 1. */
    void resetLog() {
        jdbc.execute("TRUNCATE TABLE audit_event");
        jdbc.execute("TRUNCATE TABLE audit_checkpoint");
        jdbc.update("UPDATE audit_chain_head SET sequence = 0, hash = ? WHERE id = 1", AuditChain.GENESIS);
    }

    long storedCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
    }

    static String auditor() {
        return CatalogTokens.token("audit-office", null, "AUDITOR");
    }

    static String deptAdmin(String department) {
        return CatalogTokens.token("admin-" + department, department, "DEPT_ADMIN");
    }

    static AuditEvent.Builder event(AuditKind kind, String actor, String provider, String resource) {
        return AuditEvent.builder(kind)
                .occurredAt(Instant.parse("2026-11-22T08:00:00.000Z"))
                .actorDept(actor)
                .actorClient(actor == null ? null : "client-" + actor)
                .providerDept(provider)
                .targetResource(resource)
                .operation("GET /api/population/persons")
                .purpose("户籍核验")
                .fields(List.of("idNumber", "name"))
                .recordCount(1L)
                .requestId(UUID.randomUUID().toString())
                .latencyMs(12L);
    }

    static AuditEvent denied(String actor, String provider, String resource) {
        return event(AuditKind.API_CALL, actor, provider, resource)
                .result(AuditResult.DENIED)
                .denialCode("GRANT_MISSING")
                .recordCount(0L)
                .build();
    }

    HttpResponse<String> get(String pathAndQuery, String token) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathAndQuery, String token) throws IOException, InterruptedException {
        return http.send(
                request(pathAndQuery, token)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(String pathAndQuery, String token, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, token).GET().build(), handler);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String pathAndQuery, String token) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }
}
