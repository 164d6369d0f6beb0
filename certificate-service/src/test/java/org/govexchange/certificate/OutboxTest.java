package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.govexchange.starter.outbox.testing.OutboxOutage;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Index records and audit events reach a real Kafka consumer; a Kafka outage delays them and loses none. */
class OutboxTest extends CertificateServiceTest {

    private static final String INDEX_TOPIC = "gx.resource.301001-000001";

    @Autowired
    ApplicationContext context;

    @Test
    void issueRevokeAndUseArePublishedAsIndexRecordsAndAuditEvents() {
        String type = registerPersonType(newTypeCode(), "出版许可", AMR);
        String id = issue(AMR, type, newPersonId()).get("id").asString();
        api.get("/api/certificates/certificates/" + id, gateway(AMR));
        api.post("/api/certificates/certificates/" + id + "/revocation", gateway(AMR), Map.of("reason", "撤销"));

        try (var consumer = consumer(List.of(INDEX_TOPIC, "gx.audit"))) {
            List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                List<JsonNode> index = values(received, INDEX_TOPIC, id);
                assertThat(index).hasSize(2);
                assertThat(audit(received, id)).hasSize(3);
            });
            List<JsonNode> index = values(received, INDEX_TOPIC, id);
            JsonNode issued = index.get(0);
            assertThat(issued.get("resourceCode").asString()).isEqualTo("301001/000001");
            assertThat(issued.get("key").asString()).isEqualTo(id);
            assertThat(issued.get("op").asString()).isEqualTo("UPSERT");
            assertThat(issued.get("version").asLong()).isEqualTo(1);
            assertThat(issued.get("sourceDept").asString()).isEqualTo(AMR);
            assertThat(issued.get("data").get("status").asString()).isEqualTo("VALID");
            assertThat(issued.get("data").get("typeCode").asString()).isEqualTo(type);
            assertThat(issued.get("data").get("issuer").asString()).isEqualTo(AMR);
            JsonNode revoked = index.get(1);
            assertThat(revoked.get("version").asLong()).isEqualTo(2);
            assertThat(revoked.get("data").get("status").asString()).isEqualTo("REVOKED");

            List<JsonNode> audit = audit(received, id);
            assertThat(audit.stream().map(e -> e.get("kind").asString()))
                    .containsExactly("API_CALL", "CERTIFICATE_USED", "API_CALL");
            assertThat(audit.get(0).get("operation").asString()).isEqualTo("ISSUE_CERTIFICATE " + id);
            assertThat(audit.get(1).get("actorDept").asString()).isEqualTo(AMR);
            assertThat(audit.get(1).get("purpose").asString()).isEqualTo("TEST_PURPOSE");
            assertThat(audit.get(2).get("operation").asString()).isEqualTo("REVOKE_CERTIFICATE " + id);
        }
    }

    @Test
    void aKafkaOutageDelaysPublicationAndLosesNothing() {
        String id;
        try (var outage = OutboxOutage.begin(context)) {
            String type = registerPersonType(newTypeCode(), "停机期间的证", AMR);
            id = issue(AMR, type, newPersonId()).get("id").asString();

            // The rows stay queued, with the attempt and error recorded.
            assertThat(outage.relayOnce()).isZero();
            Map<String, Object> row = jdbc.queryForMap(
                    "select sent_at, attempts, last_error from outbox_event where message_key = ? and topic = ?",
                    id,
                    INDEX_TOPIC);
            assertThat(row.get("sent_at")).isNull();
            assertThat((Integer) row.get("attempts")).isGreaterThanOrEqualTo(1);
            assertThat((String) row.get("last_error")).isNotBlank();
        }

        try (var consumer = consumer(List.of(INDEX_TOPIC))) {
            List<ConsumerRecord<String, String>> received = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                assertThat(values(received, INDEX_TOPIC, id)).hasSize(1);
            });
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_event where message_key = ? and sent_at is null",
                        Integer.class,
                        id))
                .isZero());
    }

    private static KafkaConsumer<String, String> consumer(List<String> topics) {
        var consumer = new KafkaConsumer<>(
                EmbeddedKafka.clientProperties(Map.of(
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "outbox-test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest")),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(topics);
        return consumer;
    }

    private static List<JsonNode> values(List<ConsumerRecord<String, String>> records, String topic, String key) {
        return records.stream()
                .filter(r -> r.topic().equals(topic) && key.equals(r.key()))
                .map(r -> Api.JSON.readTree(r.value()))
                .toList();
    }

    private static List<JsonNode> audit(List<ConsumerRecord<String, String>> records, String certificateId) {
        return records.stream()
                .filter(r -> r.topic().equals("gx.audit"))
                .map(r -> Api.JSON.readTree(r.value()))
                .filter(e -> e.get("operation") != null
                        && e.get("operation").asString().endsWith(" " + certificateId))
                // gx.audit has several partitions: order across them is the events' own time.
                .sorted(Comparator.comparing(
                        e -> Instant.parse(e.get("occurredAt").asString())))
                .toList();
    }
}
