package org.govexchange.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events published to gx.audit by a real producer, as the gateway and the hub publish them. */
class AuditIngestTest extends AuditTestSupport {

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void producer() {
        resetLog();
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        EmbeddedKafka.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void publishedEventIsStoredInTheChain() throws Exception {
        AuditEvent event = denied(PSB, MCA, POPULATION);

        publish(0, event.eventId().toString(), JSON.writeValueAsString(event));

        awaitStored(event);
        var row = jdbc.queryForMap(
                "SELECT * FROM audit_event WHERE event_id = ?", event.eventId().toString());
        assertThat(row.get("result")).isEqualTo("DENIED");
        assertThat(row.get("denial_code")).isEqualTo("GRANT_MISSING");
        assertThat(row.get("purpose")).isEqualTo("户籍核验");
        long sequence = ((Number) row.get("sequence")).longValue();
        assertThat(row.get("hash"))
                .isEqualTo(AuditChain.hash(sequence, AuditChain.normalise(event), (String) row.get("prev_hash")));
    }

    @Test
    void redeliveredEventIsStoredOnce() throws Exception {
        AuditEvent event = event(AuditKind.BATCH_ACCEPTED, MCA, MCA, POPULATION).build();
        AuditEvent marker = event(AuditKind.API_CALL, PSB, MCA, POPULATION).build();
        String json = JSON.writeValueAsString(event);

        publish(0, event.eventId().toString(), json);
        publish(0, event.eventId().toString(), json);
        publish(0, marker.eventId().toString(), JSON.writeValueAsString(marker));

        // Same partition, so once the marker is in, both copies have been consumed.
        awaitStored(marker);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE event_id = ?",
                        Long.class,
                        event.eventId().toString()))
                .isEqualTo(1);
        assertThat(storedCount()).isEqualTo(2);
    }

    @Test
    void invalidMessageIsForwardedUnchangedAndTheNextValidOneIsStored() throws Exception {
        String badKey = "bad-" + System.nanoTime();
        AuditEvent valid = event(AuditKind.API_CALL, PSB, MCA, POPULATION).build();
        String unknownMember = JSON.writeValueAsString(
                        event(AuditKind.API_CALL, PSB, MCA, POPULATION).build())
                .replaceFirst("\\{", "{\"surprise\":1,");
        String missingResult = "{\"eventId\":\"" + java.util.UUID.randomUUID()
                + "\",\"occurredAt\":\"2026-11-22T01:00:00Z\",\"kind\":\"API_CALL\"}";

        publish(0, badKey, "not json {");
        publish(0, badKey, unknownMember);
        publish(0, badKey, missingResult);
        publish(0, valid.eventId().toString(), JSON.writeValueAsString(valid));

        awaitStored(valid);
        assertThat(storedCount()).isEqualTo(1);
        List<ConsumerRecord<String, String>> forwarded = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        EmbeddedKafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "audit-invalid-test-" + badKey,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(AuditIngest.INVALID_TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (badKey.equals(record.key())) {
                        forwarded.add(record);
                    }
                });
                return forwarded.size() >= 3;
            });
        }
        assertThat(forwarded)
                .extracting(ConsumerRecord::value)
                .containsExactly("not json {", unknownMember, missingResult);
        assertThat(new String(
                        forwarded
                                .get(0)
                                .headers()
                                .lastHeader(AuditIngest.REASON_HEADER)
                                .value(),
                        StandardCharsets.UTF_8))
                .startsWith("not an AuditEvent");
        assertThat(get("/actuator/prometheus", null).body())
                .contains("gx_audit_messages_invalid_total")
                .contains("gx_audit_events_appended_total")
                .contains("gx_audit_chain_head_sequence");
    }

    private void publish(int partition, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(AuditEvent.TOPIC, partition, key, value))
                .get();
    }

    private void awaitStored(AuditEvent event) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM audit_event WHERE event_id = ?",
                                Long.class,
                                event.eventId().toString())
                        == 1);
    }
}
