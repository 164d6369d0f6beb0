package org.govexchange.gateway.audit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    void allowedAndDeniedCallsAreAudited() {
        population.stubFor(get(urlPathEqualTo(PERSON)).willReturn(okJson("{\"name\":\"张*\"}")));
        String allowedId = "audit-allowed-" + UUID.randomUUID();
        String deniedId = "audit-denied-" + UUID.randomUUID();

        gateway()
                .get()
                .uri(PERSON + "?fields=name")
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .header("X-GX-Case-Id", "CASE-42")
                .header("X-Request-Id", allowedId)
                .exchange()
                .expectStatus()
                .isOk();
        gateway()
                .get()
                .uri(PERSON + "?fields=phone")
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .header("X-Request-Id", deniedId)
                .exchange()
                .expectStatus()
                .isForbidden();

        Map<String, AuditEvent> events = new java.util.HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    AuditEvent event = json.readValue(record.value(), AuditEvent.class);
                    assertThat(record.key()).isEqualTo(event.eventId().toString());
                    if (event.requestId() != null) {
                        events.put(event.requestId(), event);
                    }
                }
                return events.containsKey(allowedId) && events.containsKey(deniedId);
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

        AuditEvent denied = events.get(deniedId);
        assertThat(denied.result()).isEqualTo(AuditResult.DENIED);
        assertThat(denied.denialCode()).isEqualTo("FIELD_NOT_GRANTED");
        assertThat(denied.actorDept()).isEqualTo(TestTokens.HRSS);
        assertThat(denied.targetResource()).isEqualTo(POPULATION);
    }

    private static KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "audit-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(new ArrayList<>(List.of(AuditEvent.TOPIC)));
        return consumer;
    }
}
