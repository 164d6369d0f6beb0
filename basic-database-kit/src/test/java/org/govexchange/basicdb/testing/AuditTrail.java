package org.govexchange.basicdb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.testkit.EmbeddedKafka;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit topic of the test broker from its start, as the audit log would. */
public final class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditTrail() {}

    /** Every audit event on the topic, read (in a group of its own) until {@code done} holds for those read. */
    public static List<AuditEvent> eventsUntil(Predicate<List<AuditEvent>> done, Duration wait) {
        List<AuditEvent> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(EmbeddedKafka.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG,
                "audit-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class)))) {
            consumer.subscribe(List.of(AuditEvent.TOPIC));
            await().atMost(wait).until(() -> {
                consumer.poll(Duration.ofMillis(500))
                        .forEach(r -> events.add(JSON.readValue(r.value(), AuditEvent.class)));
                return done.test(events);
            });
        }
        return events;
    }

    /**
     * Waits until a quarantine was audited for each of {@code denialCodes}, then checks the one for {@code
     * examined}: a failed RECORD_QUARANTINED of that source's resource and department.
     */
    public static void assertQuarantined(
            List<String> denialCodes, String examined, String resourceCode, String dept, Duration wait) {
        List<AuditEvent> audited = eventsUntil(
                events -> events.stream().map(AuditEvent::denialCode).toList().containsAll(denialCodes), wait);
        AuditEvent event = audited.stream()
                .filter(e -> examined.equals(e.denialCode()))
                .findFirst()
                .orElseThrow();
        assertThat(event.kind()).isEqualTo(AuditKind.RECORD_QUARANTINED);
        assertThat(event.result()).isEqualTo(AuditResult.FAILED);
        assertThat(event.targetResource()).isEqualTo(resourceCode);
        assertThat(event.providerDept()).isEqualTo(dept);
    }
}
