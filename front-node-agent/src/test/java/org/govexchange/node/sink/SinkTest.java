package org.govexchange.node.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.Receipt;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.node.ManualNodeTestBase;
import org.govexchange.node.TestHub;
import org.govexchange.node.TestNodes;
import org.govexchange.node.TopicReader;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SinkTest extends ManualNodeTestBase {

    static final String PERSONS = "900002/000003";
    static final String FLAGGED = "900002/000004";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    SinkService sink;

    TopicReader receipts;

    @BeforeEach
    void readReceipts() {
        receipts = new TopicReader(Topics.receipt(TestNodes.DEPT_B));
    }

    @AfterEach
    void close() {
        receipts.close();
    }

    @Test
    void newerVersionsApplyOlderOnesChangeNothingAndARedeliveryOnlyRepeatsItsReceipt() {
        Envelope first = TestHub.signed(
                PERSONS,
                List.of(
                        upsert("ID-IDEM-1", 10, "张三", "1990-01-02", "12.5", "2026-01-02T03:04:05.123"),
                        upsert("ID-IDEM-2", 10, "李四", "1985-05-06", null, null)));
        TestHub.send(TestNodes.DEPT_B, first);

        Receipt receipt = awaitReceipts(first.batchId(), 1).get(0);
        assertThat(receipt.applied()).isEqualTo(2);
        assertThat(receipt.ignored()).isZero();
        assertThat(receipt.failed()).isEmpty();
        assertThat(receipt.nodeId()).isEqualTo("test-node-b");
        assertThat(receipt.departmentCode()).isEqualTo(TestNodes.DEPT_B);
        assertThat(receipt.resourceCode()).isEqualTo(PERSONS);
        Map<String, Object> row = person("ID-IDEM-1");
        assertThat(row)
                .containsEntry("name", "张三")
                .containsEntry("birth_date", java.sql.Date.valueOf("1990-01-02"))
                .containsEntry("score", new BigDecimal("12.50"))
                .containsEntry("updated_at", java.time.LocalDateTime.parse("2026-01-02T03:04:05.123"))
                .containsEntry("version", 10L);
        Object receivedAt = row.get("received_at");
        assertThat(receivedAt).isNotNull();

        // The same bytes again, as after a crash before the offset commit: nothing changes, same receipt.
        TestHub.send(TestNodes.DEPT_B, ExchangeJson.encode(first), first.batchId(), Map.of());
        List<Receipt> twice = awaitReceipts(first.batchId(), 2);
        assertThat(twice.get(1)).isEqualTo(twice.get(0));
        assertThat(person("ID-IDEM-1").get("received_at")).isEqualTo(receivedAt);

        Envelope second = TestHub.signed(
                PERSONS,
                List.of(
                        upsert("ID-IDEM-1", 5, "旧名", null, null, null),
                        upsert("ID-IDEM-2", 11, "王五", null, null, null)));
        TestHub.send(TestNodes.DEPT_B, second);
        Receipt secondReceipt = awaitReceipts(second.batchId(), 1).get(0);
        assertThat(secondReceipt.applied()).isEqualTo(1);
        assertThat(secondReceipt.ignored()).isEqualTo(1);
        assertThat(person("ID-IDEM-1")).containsEntry("name", "张三").containsEntry("version", 10L);
        assertThat(person("ID-IDEM-2"))
                .containsEntry("name", "王五")
                .containsEntry("version", 11L)
                // Fields the record does not carry are left as they were.
                .containsEntry("birth_date", java.sql.Date.valueOf("1985-05-06"));

        Envelope delete = TestHub.signed(PERSONS, List.of(record("ID-IDEM-2", RecordOp.DELETE, 12, Map.of())));
        TestHub.send(TestNodes.DEPT_B, delete);
        assertThat(awaitReceipts(delete.batchId(), 1).get(0).applied()).isEqualTo(1);
        assertThat(persons("ID-IDEM-2")).isZero();

        // Older than the deletion: the row stays deleted.
        Envelope late = TestHub.signed(PERSONS, List.of(upsert("ID-IDEM-2", 11, "复活", null, null, null)));
        TestHub.send(TestNodes.DEPT_B, late);
        assertThat(awaitReceipts(late.batchId(), 1).get(0).ignored()).isEqualTo(1);
        assertThat(persons("ID-IDEM-2")).isZero();
        assertThat(receipts.poll(r -> first.batchId().equals(r.key()))).hasSize(2);
        assertThat(store.queryForObject(
                        "SELECT COUNT(*) FROM node_applied_batch WHERE batch_id = ?", Long.class, first.batchId()))
                .isEqualTo(1);
    }

    @Test
    void recordsThatDoNotFitFailAloneAndTheReceiptSaysWhy() {
        Envelope envelope = TestHub.signed(
                PERSONS,
                List.of(
                        upsert("ID-FIT-1", 1, "这个名字长得放不进八个字符", null, null, null),
                        upsert("ID-FIT-2", 1, "ok", "not-a-date", null, null),
                        upsert("ID-FIT-3", 1, "ok", "2000-02-29", null, null)));
        TestHub.send(TestNodes.DEPT_B, envelope);

        Receipt receipt = awaitReceipts(envelope.batchId(), 1).get(0);
        assertThat(receipt.applied()).isEqualTo(1);
        assertThat(receipt.failed()).hasSize(2);
        assertThat(receipt.failed())
                .anySatisfy(f -> {
                    assertThat(f.key()).isEqualTo("ID-FIT-2");
                    assertThat(f.reason()).startsWith("COLUMN_VALUE: field birthDate -> birth_date");
                })
                .anySatisfy(f -> {
                    assertThat(f.key()).isEqualTo("ID-FIT-1");
                    assertThat(f.reason()).startsWith("DATABASE: ");
                });
        assertThat(persons("ID-FIT-1") + persons("ID-FIT-2")).isZero();
        assertThat(persons("ID-FIT-3")).isEqualTo(1);
    }

    @Test
    void inFlagModeADeleteMarksTheRowAndKeepsItsVersion() {
        Envelope first = TestHub.signed(
                FLAGGED,
                List.of(
                        record("FLAG-1", RecordOp.UPSERT, 1, Map.of("idNumber", "FLAG-1", "name", "甲")),
                        record("FLAG-1", RecordOp.DELETE, 2, Map.of()),
                        record("FLAG-1", RecordOp.UPSERT, 1, Map.of("idNumber", "FLAG-1", "name", "旧")),
                        // Deleted before it was ever seen: an older upsert must not create it.
                        record("FLAG-2", RecordOp.DELETE, 5, Map.of("idNumber", "FLAG-2")),
                        record("FLAG-2", RecordOp.UPSERT, 4, Map.of("idNumber", "FLAG-2", "name", "乙"))));
        TestHub.send(TestNodes.DEPT_B, first);

        Receipt receipt = awaitReceipts(first.batchId(), 1).get(0);
        assertThat(receipt.applied()).isEqualTo(3);
        assertThat(receipt.ignored()).isEqualTo(2);
        assertThat(dept().queryForMap("SELECT name, version, deleted FROM target_flagged WHERE id_number = 'FLAG-1'"))
                .containsEntry("name", "甲")
                .containsEntry("version", 2L)
                .containsEntry("deleted", true);
        assertThat(dept().queryForObject("SELECT COUNT(*) FROM target_flagged WHERE id_number = 'FLAG-2'", Long.class))
                .isZero();

        Envelope revive = TestHub.signed(
                FLAGGED,
                List.of(
                        record("FLAG-1", RecordOp.UPSERT, 3, Map.of("idNumber", "FLAG-1", "name", "丙")),
                        record("FLAG-2", RecordOp.UPSERT, 6, Map.of("idNumber", "FLAG-2", "name", "丁"))));
        TestHub.send(TestNodes.DEPT_B, revive);
        assertThat(awaitReceipts(revive.batchId(), 1).get(0).applied()).isEqualTo(2);
        assertThat(dept().queryForMap("SELECT name, version, deleted FROM target_flagged WHERE id_number = 'FLAG-1'"))
                .containsEntry("name", "丙")
                .containsEntry("deleted", false);
        assertThat(dept().queryForObject("SELECT name FROM target_flagged WHERE id_number = 'FLAG-2'", String.class))
                .isEqualTo("丁");
    }

    @Test
    void envelopesNotSignedByTheHubAreRefusedWithoutAReceiptAndTheNextOneIsApplied() {
        Envelope forged = EnvelopeSigning.sign(
                TestHub.unsigned(PERSONS, List.of(upsert("ID-FORGED-1", 1, "伪造", null, null, null))),
                EnvelopeKeys.generate(SignatureAlgorithm.ED25519).getPrivate(),
                "hub-test");
        Envelope genuine = TestHub.signed(PERSONS, List.of(upsert("ID-GENUINE-1", 1, "真", null, null, null)));
        byte[] tampered = new String(ExchangeJson.encode(genuine), StandardCharsets.UTF_8)
                .replace("ID-GENUINE-1", "ID-TAMPER-1")
                .getBytes(StandardCharsets.UTF_8);
        TestHub.send(TestNodes.DEPT_B, forged);
        TestHub.send(TestNodes.DEPT_B, tampered, genuine.batchId(), Map.of());
        TestHub.send(TestNodes.DEPT_B, "not json".getBytes(StandardCharsets.UTF_8), "junk", Map.of());
        TestHub.send(TestNodes.DEPT_B, genuine);

        awaitReceipts(genuine.batchId(), 1);
        assertThat(persons("ID-GENUINE-1")).isEqualTo(1);
        assertThat(persons("ID-FORGED-1") + persons("ID-TAMPER-1")).isZero();
        assertThat(receipts.poll(r -> forged.batchId().equals(r.key()))).isEmpty();
        assertThat(sink.lastRefusal()).isNotNull();
    }

    @Test
    void aResourceThisNodeDoesNotSubscribeToIsReturnedAsFailed() {
        Envelope envelope = TestHub.signed(
                "900002/000099",
                List.of(
                        record("X-1", RecordOp.UPSERT, 1, Map.of("a", "b")),
                        record("X-2", RecordOp.DELETE, 1, Map.of())));
        TestHub.send(TestNodes.DEPT_B, envelope);

        Receipt receipt = awaitReceipts(envelope.batchId(), 1).get(0);
        assertThat(receipt.applied()).isZero();
        assertThat(receipt.failed()).extracting(Receipt.Failure::key).containsExactly("X-1", "X-2");
        assertThat(receipt.failed().get(0).reason()).startsWith("NOT_SUBSCRIBED: ");
    }

    /**
     * A suspended department's node loses its ACLs (the catalog's control plane); once they are restored the same
     * downlink consumer goes on by itself: the container keeps retrying instead of stopping on the refusal.
     */
    @Test
    void theDownlinkResumesOnItsOwnAfterTheDepartmentsAccessIsRevokedAndRestored() throws Exception {
        Envelope whileSuspended;
        try (Admin admin = Admin.create(EmbeddedKafka.clientProperties())) {
            try {
                admin.deleteAcls(List.of(KafkaAccess.nodeFilter(TestNodes.DEPT_B)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
                await().atMost(WAIT).until(() -> !nodeMayWrite());
                whileSuspended = TestHub.signed(PERSONS, List.of(upsert("ID-SUSPENDED-1", 1, "王五", null, null, null)));
                TestHub.send(TestNodes.DEPT_B, whileSuspended);
                // No receipt can leave while the department has no access.
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> receipts.poll(r -> whileSuspended.batchId().equals(r.key()))
                                .isEmpty());
            } finally {
                admin.createAcls(KafkaAccess.node(TestNodes.DEPT_B)).all().get(30, TimeUnit.SECONDS);
            }
        }
        Receipt receipt = awaitReceipts(whileSuspended.batchId(), 1).get(0);
        assertThat(receipt.applied() + receipt.ignored()).isEqualTo(1);
        assertThat(persons("ID-SUSPENDED-1")).isEqualTo(1);
    }

    /** Whether department B's node principal may write its uplink right now. */
    private static boolean nodeMayWrite() {
        Map<String, Object> config =
                new HashMap<>(EmbeddedKafka.node(TestNodes.DEPT_B).clientProperties());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.uplink(TestNodes.DEPT_B), "probe", "probe"))
                    .get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    List<Receipt> awaitReceipts(String batchId, int count) {
        return await().atMost(WAIT)
                .until(
                        () -> receipts.poll(r -> batchId.equals(r.key())).stream()
                                .map(r -> ExchangeJson.decode(r.value(), Receipt.class))
                                .toList(),
                        found -> found.size() >= count);
    }

    Map<String, Object> person(String idNumber) {
        return dept().queryForMap("SELECT * FROM target_person WHERE id_number = ?", idNumber);
    }

    long persons(String idNumber) {
        return dept().queryForObject("SELECT COUNT(*) FROM target_person WHERE id_number = ?", Long.class, idNumber);
    }

    static ExchangeRecord upsert(
            String idNumber, long version, String name, String birthDate, String score, String updatedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idNumber", idNumber);
        data.put("name", name);
        if (birthDate != null) {
            data.put("birthDate", birthDate);
        }
        if (score != null) {
            data.put("score", new BigDecimal(score));
        }
        if (updatedAt != null) {
            data.put("updatedAt", updatedAt);
        }
        return record(idNumber, RecordOp.UPSERT, version, data);
    }

    static ExchangeRecord record(String key, RecordOp op, long version, Map<String, Object> data) {
        return new ExchangeRecord(key, op, version, data);
    }
}
