package org.govexchange.exchange.uplink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.exchange.hub.HubFixture.envelope;
import static org.govexchange.exchange.hub.HubFixture.person;
import static org.govexchange.exchange.hub.HubFixture.signed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.exchange.deadletter.DeadLetters;
import org.govexchange.exchange.hub.HubFixture;
import org.govexchange.exchange.hub.HubScenario;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No single uplink message stalls the hub: each poison kind is published between two good batches of the same
 * provider; both good batches reach the subscriber, and the poison is on {@code gx.hub.deadletter} (unchanged,
 * with its reason and source), counted and audited, or, for a value a catastrophic REGEX rule would hang on,
 * quarantined in linear time.
 */
class PoisonMessageTest extends HubScenario {

    @Autowired
    MeterRegistry meters;

    @Autowired
    UplinkProcessor processor;

    KafkaProducer<byte[], byte[]> producer;
    String consumer;
    int version = 1;

    @BeforeEach
    void departments() {
        producer = new KafkaProducer<>(
                EmbeddedKafka.clientProperties(Map.of(ProducerConfig.ACKS_CONFIG, "all")),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        consumer = HubFixture.department();
        hub.registerResource(resource, provider, "UNCONDITIONAL");
        hub.grants(resource, consumer);
        // The catalog creates a department's topics when it registers it; the broker creates none by itself.
        KafkaAccess.departmentTopics(provider).forEach(EmbeddedKafka::createTopics);
        KafkaAccess.departmentTopics(consumer).forEach(EmbeddedKafka::createTopics);
    }

    @AfterEach
    void resetAndClose() {
        processor.beforeEnvelope = message -> {};
        producer.close();
    }

    @Test
    void bytesThatAreNoEnvelopeAreDeadLettered() {
        isolated(
                UplinkDeadLetter.MALFORMED,
                () -> send(Topics.uplink(provider), "not-an-envelope", "{not json".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignedEnvelopeForAnUnknownResourceIsDeadLettered() {
        Envelope unknown = signed(envelope(provider, "999999/000001", List.of(person(1, 1))), provider);
        isolated(UplinkDeadLetter.RESOURCE_UNKNOWN, () -> send(unknown));
    }

    @Test
    void aResourceLookupTheCatalogAnswersWith400IsDeadLetteredNotRetriedForEver() {
        String refused = HubFixture.resource();
        catalog.stubFor(get(urlPathEqualTo("/api/catalog/lookup/resources/" + refused + "/schema"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"code\":\"VALIDATION_FAILED\"}")));
        Envelope poison = signed(envelope(provider, refused, List.of(person(1, 1))), provider);
        isolated(UplinkDeadLetter.CATALOG_REFUSED, () -> send(poison));
    }

    @Test
    void aFarFutureCreatedAtIsRefusedBeforeAnyWorkAndDeadLettered() {
        Envelope base = envelope(provider, resource, List.of(person(1, 1)));
        Envelope future = new Envelope(
                base.batchId(),
                base.resourceCode(),
                base.schemaVersion(),
                base.sender(),
                Instant.parse("2600-01-01T00:00:00Z"),
                base.records(),
                null);
        Envelope poison = signed(future, provider);
        isolated(UplinkDeadLetter.CREATED_AT_OUT_OF_RANGE, () -> send(poison));
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM uplink_batch WHERE sender = ? AND batch_id = ?",
                        String.class,
                        provider,
                        poison.batchId()))
                .isEqualTo(UplinkDeadLetter.CREATED_AT_OUT_OF_RANGE);
    }

    @Test
    void aTopicThatNamesNoDepartmentIsDeadLettered() {
        String topic = Topics.UPLINK_PREFIX + "Not_A_Department-" + UUID.randomUUID();
        EmbeddedKafka.createTopics(topic);
        Envelope poison = signed(envelope(provider, resource, List.of(person(9, 1))), provider);
        isolated(UplinkDeadLetter.DEPARTMENT_INVALID, () -> send(topic, poison.batchId(), ExchangeJson.encode(poison)));
    }

    @Test
    void anUnexpectedFailureInOneEnvelopeDeadLettersOnlyThatEnvelope() {
        Envelope poison = signed(envelope(provider, resource, List.of(person(7, 1))), provider);
        processor.beforeEnvelope = message -> {
            if (new String(message.key(), StandardCharsets.UTF_8).equals(poison.batchId())) {
                throw new IllegalStateException("simulated bug on one envelope");
            }
        };
        isolated(UplinkDeadLetter.PROCESSING_FAILED, () -> send(poison));
    }

    @Test
    void aValueACatastrophicRegexRuleWouldHangOnIsQuarantinedInLinearTime() {
        String regexResource = HubFixture.resource();
        registerResourceWithPhoneRule(regexResource, "(a+)+$");
        hub.grants(regexResource, consumer);
        Envelope before = signed(envelope(provider, regexResource, List.of(phone(1, "aaaa"))), provider);
        Envelope poison = signed(
                envelope(provider, regexResource, List.of(phone(2, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"))),
                provider);
        Envelope after = signed(envelope(provider, regexResource, List.of(phone(3, "aa"))), provider);

        send(before);
        send(poison);
        send(after);

        await().atMost(WAIT).untilAsserted(() -> assertThat(delivered()).contains(key(before), key(after)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForList(
                        "SELECT rule_code FROM quarantine_record WHERE provider_code = ? AND batch_id = ?",
                        String.class,
                        provider,
                        poison.batchId()))
                .containsExactly("REGEX"));
    }

    /** Good batch, poison, good batch: the good ones reach the subscriber, the poison the dead-letter topic. */
    private void isolated(String reason, PoisonSender poison) {
        double counted = deadLetterCount(reason);
        Envelope before = signed(envelope(provider, resource, List.of(person(100 + version, version++))), provider);
        Envelope after = signed(envelope(provider, resource, List.of(person(100 + version, version++))), provider);

        send(before);
        RecordMetadata sent = poison.send();
        send(after);

        await().atMost(WAIT).untilAsserted(() -> assertThat(delivered()).contains(key(before), key(after)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadLetterOf(sent)).isNotNull());
        ConsumerRecord<byte[], byte[]> letter = deadLetterOf(sent);
        assertThat(header(letter, DeadLetters.REASON_HEADER)).isEqualTo(reason);
        assertThat(header(letter, DeadLetters.SOURCE_PARTITION_HEADER)).isEqualTo(Integer.toString(sent.partition()));
        assertThat(header(letter, DeadLetters.DETAIL_HEADER)).isNotBlank();
        assertThat(deadLetterCount(reason)).isGreaterThan(counted);
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE kind = 'MESSAGE_DEAD_LETTERED'"
                                + " AND denial_code = ? AND operation LIKE ?",
                        Integer.class,
                        reason,
                        "%" + sent.topic() + "-" + sent.partition() + "@" + sent.offset()))
                .isEqualTo(1));
    }

    @FunctionalInterface
    private interface PoisonSender {
        RecordMetadata send();
    }

    /** The record keys the subscriber received. */
    private List<String> delivered() {
        return HubFixture.downlinks(consumer).stream()
                .flatMap(downlink -> downlink.records().stream())
                .map(ExchangeRecord::key)
                .toList();
    }

    private static String key(Envelope envelope) {
        return envelope.records().get(0).key();
    }

    private double deadLetterCount(String reason) {
        return meters.find(DeadLetters.METRIC).tag("reason", reason).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private RecordMetadata send(Envelope envelope) {
        return send(Topics.uplink(provider), envelope.batchId(), ExchangeJson.encode(envelope));
    }

    private RecordMetadata send(String topic, String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
                    .get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not publish to the test broker", e);
        }
    }

    /** The dead letter of the message {@code sent}, or null when there is none (yet). */
    private static ConsumerRecord<byte[], byte[]> deadLetterOf(RecordMetadata sent) {
        for (ConsumerRecord<byte[], byte[]> letter : HubFixture.readAll(DeadLetters.TOPIC)) {
            if (sent.topic().equals(header(letter, DeadLetters.SOURCE_TOPIC_HEADER))
                    && Long.toString(sent.offset()).equals(header(letter, DeadLetters.SOURCE_OFFSET_HEADER))) {
                return letter;
            }
        }
        return null;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void registerResourceWithPhoneRule(String resourceCode, String pattern) {
        List<Map<String, Object>> fields = List.of(
                field("idNumber", 18, true, Map.of("kind", "ID_NUMBER")),
                field("phone", 64, false, Map.of("kind", "REGEX", "pattern", pattern)));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", resourceCode);
        view.put("name", "regex resource " + resourceCode);
        view.put("providerCode", provider);
        view.put("shareType", "UNCONDITIONAL");
        view.put("fields", fields);
        view.put("status", "PUBLISHED");
        view.put("version", 1);
        view.put("currentVersion", 1);
        catalog.stubFor(get(urlPathEqualTo("/api/catalog/lookup/resources/" + resourceCode + "/schema"))
                .willReturn(okJson(HubFixture.JSON.writeValueAsString(view))));
    }

    private static Map<String, Object> field(String code, int length, boolean key, Map<String, Object> rule) {
        Map<String, Object> field = new HashMap<>();
        field.put("code", code);
        field.put("name", code);
        field.put("type", "STRING");
        field.put("length", length);
        field.put("required", key);
        field.put("key", key);
        field.put("sensitivity", "L2");
        field.put("masking", "NONE");
        field.put("validation", rule);
        return field;
    }

    private static ExchangeRecord phone(int n, String phone) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idNumber", HubFixture.idNumber(n));
        data.put("phone", phone);
        return new ExchangeRecord(HubFixture.idNumber(n), RecordOp.UPSERT, 1, data);
    }
}
