package org.govexchange.gateway.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.wiremock.spring.InjectWireMock;
import tools.jackson.databind.json.JsonMapper;

/** Every data request, allowed or denied, is an audit event on the real broker's gx.audit. */
class AuditEventsTest extends GatewayIntegrationTest {

    private static final String PERSON = "/api/population/persons/11010519491231002X";

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @Autowired
    JsonMapper json;

    @Test
    void allowedAndDeniedCallsAreAudited() throws Exception {
        // Large enough to reach the caller in many buffers: each one is counted, none is held back.
        String body = "{\"name\":\"张*\",\"note\":\"" + "户籍".repeat(40_000) + "\"}";
        int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        population.stubFor(get(urlPathEqualTo(PERSON)).willReturn(okJson(body)));
        String allowedId = "audit-allowed-" + UUID.randomUUID();
        String deniedId = "audit-denied-" + UUID.randomUUID();
        String anonymousId = "audit-anonymous-" + UUID.randomUUID();
        String gzipId = "audit-gzip-" + UUID.randomUUID();

        byte[] allowedBody = gateway()
                .get()
                .uri(PERSON + "?fields=name")
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .header("X-GX-Case-Id", "CASE-42")
                .header("X-Request-Id", allowedId)
                // Uncompressed, so the body has the stub's size (WireMock gzips when the caller accepts it).
                .header(HttpHeaders.ACCEPT_ENCODING, "identity")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        byte[] deniedBody = gateway()
                .get()
                .uri(PERSON + "?fields=phone")
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .header("X-Request-Id", deniedId)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        byte[] anonymousBody = anonymous()
                .get()
                .uri(PERSON + "?fields=name")
                .header("X-Request-Id", anonymousId)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        // A caller that accepts gzip gets the downstream's compressed body: what is counted is what is sent.
        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PERSON + "?fields=name"))
                                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.department(TestTokens.HRSS))
                                .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
                                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                                .header("X-Request-Id", gzipId)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(bodyBytes);
        assertThat(allowedBody).hasSize(bodyBytes);
        assertThat(deniedBody).isNotEmpty();
        assertThat(anonymousBody).isNotEmpty();

        Map<String, AuditEvent> events = new java.util.HashMap<>();
        try (KafkaConsumer<String, String> consumer = EmbeddedKafka.stringConsumer("audit-test", AuditEvent.TOPIC)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    AuditEvent event = json.readValue(record.value(), AuditEvent.class);
                    assertThat(record.key()).isEqualTo(event.eventId().toString());
                    if (event.requestId() != null) {
                        events.put(event.requestId(), event);
                    }
                }
                return events.containsKey(allowedId)
                        && events.containsKey(deniedId)
                        && events.containsKey(anonymousId)
                        && events.containsKey(gzipId);
            });
        }

        AuditEvent allowed = events.get(allowedId);
        assertThat(allowed.kind()).isEqualTo(AuditKind.API_CALL);
        assertThat(allowed.result()).isEqualTo(AuditResult.ALLOWED);
        assertThat(allowed.actorDept()).isEqualTo(TestTokens.HRSS);
        assertThat(allowed.actorClient()).isEqualTo("dept-" + TestTokens.HRSS + "-system");
        assertThat(allowed.targetResource()).isEqualTo(POPULATION);
        assertThat(allowed.providerDept()).isEqualTo(TestTokens.PSB);
        assertThat(allowed.operation()).isEqualTo("GET /api/population/persons/{id}");
        assertThat(allowed.fields()).containsExactly("name");
        assertThat(allowed.purpose()).isEqualTo("SOCIAL_SECURITY");
        assertThat(allowed.caseId()).isEqualTo("CASE-42");
        assertThat(allowed.latencyMs()).isNotNull().isNotNegative();
        assertThat(allowed.denialCode()).isNull();
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.responseBytes()).isEqualTo((long) bodyBytes);
        assertThat(events.get(gzipId).status()).isEqualTo(200);
        assertThat(events.get(gzipId).responseBytes()).isEqualTo((long) gzipped.body().length);

        AuditEvent denied = events.get(deniedId);
        assertThat(denied.result()).isEqualTo(AuditResult.DENIED);
        assertThat(denied.denialCode()).isEqualTo("FIELD_NOT_GRANTED");
        assertThat(denied.actorDept()).isEqualTo(TestTokens.HRSS);
        assertThat(denied.targetResource()).isEqualTo(POPULATION);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.responseBytes()).isEqualTo((long) deniedBody.length);

        AuditEvent unauthenticated = events.get(anonymousId);
        assertThat(unauthenticated.result()).isEqualTo(AuditResult.DENIED);
        assertThat(unauthenticated.actorDept()).isNull();
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.responseBytes()).isEqualTo((long) anonymousBody.length);
    }
}
