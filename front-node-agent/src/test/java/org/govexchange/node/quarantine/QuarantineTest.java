package org.govexchange.node.quarantine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.node.ManualNodeTestBase;
import org.govexchange.node.TestNodes;
import org.govexchange.node.outbox.OutboxSender;
import org.govexchange.node.source.PushService;
import org.govexchange.node.source.PushedRecord;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wiremock.spring.InjectWireMock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's problem data reaches the provider node on {@code gx.quarantine.<dept>} (real broker, real store), is
 * listed once however often it is delivered, counted, and cleared when a corrected record gets through.
 */
class QuarantineTest extends ManualNodeTestBase {

    static final String RESOURCE = "900002/000002";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @InjectWireMock("hub")
    WireMockServer hub;

    @Autowired
    PushService push;

    @Autowired
    OutboxSender sender;

    @Autowired
    QuarantineResolver resolver;

    @Autowired
    MeterRegistry meters;

    Producer<String, byte[]> hubProducer;

    @BeforeEach
    void hubSide() {
        // The hub writes quarantine notices; here the test's own super user plays it.
        Map<String, Object> config = new HashMap<>(EmbeddedKafka.clientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        hubProducer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        hubProducer.close();
    }

    @Test
    void aNoticeDeliveredTwiceIsListedOnceAndCounted() throws Exception {
        String key = key();
        String batch = sent(key, 1);
        double received = meters.counter("gx.node.quarantine.received").count();
        double open = openGauge();

        Map<String, Object> notice = notice(batch, false, item(key, 1L, "label", "LENGTH", "label is too long"));
        notify(notice);
        notify(notice);
        // A later notice proves the redelivery before it has been consumed.
        String marker = key();
        notify(notice(sent(marker, 1), false, item(marker, 1L, "label", "REQUIRED", "label is required")));
        await().atMost(WAIT).until(() -> entries("open", marker).size() == 1);

        List<JsonNode> entries = entries("open", key);
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.path("batchId").asString()).isEqualTo(batch);
        assertThat(entry.path("resourceCode").asString()).isEqualTo(RESOURCE);
        assertThat(entry.path("version").asLong()).isEqualTo(1);
        assertThat(entry.path("field").asString()).isEqualTo("label");
        assertThat(entry.path("rule").asString()).isEqualTo("LENGTH");
        assertThat(entry.path("reason").asString()).isEqualTo("label is too long");
        assertThat(entry.path("state").asString()).isEqualTo("OPEN");
        assertThat(entry.path("quarantinedAt").isMissingNode()).isFalse();
        assertThat(meters.counter("gx.node.quarantine.received").count()).isEqualTo(received + 2);
        assertThat(openGauge()).isEqualTo(open + 2);
        assertThat(page("state=open&size=1").path("open").asLong()).isEqualTo((long) openGauge());
    }

    @Test
    void aCorrectedRecordClearsItsEntryOnceTheHubAcceptedTheBatchCarryingIt() throws Exception {
        String key = key();
        String refused = sent(key, 1);
        notify(notice(refused, false, item(key, 1L, "label", "REGEX", "label does not match")));
        await().atMost(WAIT).until(() -> entries("open", key).size() == 1);
        double open = openGauge();

        assertThat(resolver.resolveOnce().resolved()).isZero();
        assertThat(entries("open", key)).hasSize(1);

        String corrected = sent(key, 2);
        // The hub has not decided on the corrected batch yet (404): the entry stays open.
        resolver.resolveOnce();
        assertThat(entries("open", key)).hasSize(1);

        verdict(corrected, "ACCEPTED", 0);
        resolver.resolveOnce();

        assertThat(entries("open", key)).isEmpty();
        JsonNode resolved = entries("resolved", key).get(0);
        assertThat(resolved.path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(resolved.path("resolvedByBatch").asString()).isEqualTo(corrected);
        assertThat(resolved.path("batchId").asString()).isEqualTo(refused);
        assertThat(openGauge()).isEqualTo(open - 1);
    }

    @Test
    void aKeyRefusedAgainKeepsOneOpenEntryForItsNewestVersion() throws Exception {
        String key = key();
        String first = sent(key, 1);
        notify(notice(first, false, item(key, 1L, "label", "REGEX", "label does not match")));
        await().atMost(WAIT).until(() -> entries("open", key).size() == 1);

        String second = sent(key, 2);
        verdict(second, "PARTIALLY_REJECTED", 1);
        // The hub refused something in the second batch: nothing is cleared before its notice says what.
        resolver.resolveOnce();
        assertThat(entries("open", key)).hasSize(1);
        assertThat(entries("open", key).get(0).path("batchId").asString()).isEqualTo(first);

        notify(notice(second, false, item(key, 2L, "label", "LENGTH", "label is too long")));
        await().atMost(WAIT).until(() -> entries("open", key).stream()
                .anyMatch(e -> e.path("batchId").asString().equals(second)));
        resolver.resolveOnce();

        List<JsonNode> open = entries("open", key);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("version").asLong()).isEqualTo(2);
        List<JsonNode> closed = entries("resolved", key);
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).path("state").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void aBatchRefusedAsAWholeListsEachOfItsRecords() throws Exception {
        String one = key();
        String two = key();
        String batch = sent(List.of(record(one, 5), record(two, 5)));

        notify(notice(batch, true, item(null, null, null, "SIGNATURE_INVALID", "the signature does not verify")));

        await().atMost(WAIT)
                .until(() ->
                        entries("open", one).size() == 1 && entries("open", two).size() == 1);
        JsonNode entry = entries("open", two).get(0);
        assertThat(entry.path("rule").asString()).isEqualTo("SIGNATURE_INVALID");
        assertThat(entry.path("batchRejected").asBoolean()).isTrue();
        assertThat(entry.path("version").asLong()).isEqualTo(5);
    }

    @Test
    void aWrongStateIsAProblem() throws Exception {
        var response = get("/node/quarantine?state=maybe");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("code").asString()).isEqualTo("VALIDATION_FAILED");
    }

    private static String key() {
        return "Q-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static PushedRecord record(String key, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", key);
        data.put("label", "label of " + key);
        return new PushedRecord(key, "UPSERT", version, data);
    }

    /** Pushes one record, sends the outbox to the real uplink topic and returns the id of the batch it went in. */
    private String sent(String key, long version) {
        return sent(List.of(record(key, version)));
    }

    private String sent(List<PushedRecord> records) {
        push.push(RESOURCE, records);
        while (sender.drainOnce().batches() > 0) {
            // until the outbox is empty
        }
        String key = records.get(0).key();
        return store.queryForObject(
                "SELECT b.batch_id FROM node_outbox_batch b JOIN node_outbox o ON o.resource_code = b.resource_code"
                        + " AND o.id BETWEEN b.first_id AND b.last_id WHERE o.record_key = ? AND o.version = ?"
                        + " AND b.sent_at IS NOT NULL",
                String.class,
                key,
                records.get(0).version());
    }

    private static Map<String, Object> item(String key, Long version, String field, String rule, String reason) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key);
        item.put("version", version);
        item.put("field", field);
        item.put("rule", rule);
        item.put("reason", reason);
        return item;
    }

    /** The hub's QuarantineNotice JSON. */
    private static Map<String, Object> notice(String batchId, boolean batchRejected, Map<String, Object> item) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("batchId", batchId);
        notice.put("providerCode", TestNodes.DEPT_B);
        notice.put("resourceCode", RESOURCE);
        notice.put("batchRejected", batchRejected);
        notice.put("records", List.of(item));
        notice.put("at", Instant.now().toString());
        return notice;
    }

    private void notify(Map<String, Object> notice) throws Exception {
        hubProducer
                .send(new ProducerRecord<>(
                        Topics.quarantine(TestNodes.DEPT_B),
                        (String) notice.get("batchId"),
                        JSON.writeValueAsBytes(notice)))
                .get(30, TimeUnit.SECONDS);
    }

    private void verdict(String batchId, String state, int rejected) {
        Map<String, Object> uplink = Map.of(
                "sender",
                TestNodes.DEPT_B,
                "resourceCode",
                RESOURCE,
                "state",
                state,
                "records",
                1,
                "accepted",
                1 - rejected,
                "rejected",
                rejected,
                "stale",
                0);
        hub.stubFor(WireMock.get(urlPathEqualTo("/api/exchange/batches/" + batchId))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(JSON.writeValueAsString(
                                Map.of("batchId", batchId, "uplink", uplink, "deliveries", List.of())))));
    }

    private JsonNode page(String query) throws Exception {
        var response = get("/node/quarantine?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Entries of one key in one state (open, resolved, all). */
    private List<JsonNode> entries(String state, String key) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item :
                page("state=" + state + "&resource=" + RESOURCE + "&size=500").path("items")) {
            if (key.equals(item.path("recordKey").asString(null))) {
                found.add(item);
            }
        }
        return found;
    }

    private double openGauge() {
        return meters.get("gx.node.quarantine.open").gauge().value();
    }
}
