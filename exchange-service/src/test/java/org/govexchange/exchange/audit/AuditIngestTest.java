package org.govexchange.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditCsv;
import org.govexchange.contracts.audit.AuditCsvVerifier;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events published to gx.audit by a real producer, as the gateway and the hub publish them. */
class AuditIngestTest extends AuditTestSupport {

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void producer() {
        resetLog();
        producer = new KafkaProducer<>(
                EmbeddedKafka.clientProperties(Map.of(ProducerConfig.ACKS_CONFIG, "all")),
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
    void statusAndResponseBytesRoundTripThroughIngestApiCsvAndVerification(@TempDir Path dir) throws Exception {
        AuditEvent served = event(AuditKind.API_CALL, PSB, MCA, POPULATION)
                .occurredAt(java.time.Instant.parse("2026-11-22T08:00:01.000Z"))
                .operation("GET /api/population/persons/{id}")
                .status(200)
                .responseBytes(5_120L)
                .build();
        AuditEvent refused = event(AuditKind.API_CALL, AMR, MCA, POPULATION)
                .occurredAt(java.time.Instant.parse("2026-11-22T08:00:02.000Z"))
                .result(org.govexchange.contracts.audit.AuditResult.DENIED)
                .denialCode("FIELD_NOT_GRANTED")
                .status(403)
                .responseBytes(187L)
                .build();
        // As a producer built before status existed sends it: the member absent.
        AuditEvent older = event(AuditKind.BATCH_ACCEPTED, MCA, MCA, POPULATION)
                .occurredAt(java.time.Instant.parse("2026-11-22T08:00:03.000Z"))
                .build();
        String olderJson =
                JSON.writeValueAsString(older).replace(",\"status\":null", "").replace(",\"responseBytes\":null", "");
        assertThat(olderJson).doesNotContain("status").doesNotContain("responseBytes");

        publish(0, served.eventId().toString(), JSON.writeValueAsString(served));
        publish(0, refused.eventId().toString(), JSON.writeValueAsString(refused));
        publish(0, older.eventId().toString(), olderJson);
        awaitStored(older);

        // Stored in their columns and hashed with them.
        var row = jdbc.queryForMap(
                "SELECT sequence, status, response_bytes, prev_hash, hash FROM audit_event WHERE event_id = ?",
                served.eventId().toString());
        assertThat(((Number) row.get("status")).intValue()).isEqualTo(200);
        assertThat(((Number) row.get("response_bytes")).longValue()).isEqualTo(5_120L);
        assertThat(row.get("hash"))
                .isEqualTo(AuditChain.hash(
                        ((Number) row.get("sequence")).longValue(), AuditChain.normalise(served), (String)
                                row.get("prev_hash")));
        assertThat(jdbc.queryForMap(
                        "SELECT status, response_bytes FROM audit_event WHERE event_id = ?",
                        older.eventId().toString()))
                .containsEntry("status", null)
                .containsEntry("response_bytes", null);

        // The API shows them (and omits them where NULL).
        var items = json(get("/api/exchange/audit/events", auditor())).get("items");
        assertThat(items.size()).isEqualTo(3);
        assertThat(items.get(2).get("eventId").asString())
                .isEqualTo(served.eventId().toString());
        assertThat(items.get(2).get("status").asInt()).isEqualTo(200);
        assertThat(items.get(2).get("responseBytes").asLong()).isEqualTo(5_120L);
        assertThat(items.get(1).get("status").asInt()).isEqualTo(403);
        assertThat(items.get(1).get("responseBytes").asLong()).isEqualTo(187L);
        assertThat(items.get(0).has("status")).isFalse();
        assertThat(items.get(0).has("responseBytes")).isFalse();

        // The CSV export carries them in their columns; the file verifies offline and rebuilds the events.
        var csv = get("/api/exchange/audit/events.csv", auditor());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<List<String>> records = new ArrayList<>();
        var reader = new AuditCsv.RecordReader(new java.io.StringReader(csv.body()));
        for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
            records.add(cells);
        }
        assertThat(records.get(0)).isEqualTo(AuditCsv.COLUMNS);
        assertThat(records).hasSize(4);
        assertThat(records.get(1).get(AuditCsv.COLUMNS.indexOf("status"))).isEqualTo("200");
        assertThat(records.get(1).get(AuditCsv.COLUMNS.indexOf("response_bytes")))
                .isEqualTo("5120");
        assertThat(records.get(2).get(AuditCsv.COLUMNS.indexOf("status"))).isEqualTo("403");
        assertThat(records.get(3).get(AuditCsv.COLUMNS.indexOf("status"))).isNull();
        assertThat(AuditCsv.parse(records.get(1)).event()).isEqualTo(AuditChain.normalise(served));
        assertThat(AuditCsv.parse(records.get(2)).event()).isEqualTo(AuditChain.normalise(refused));
        assertThat(AuditCsv.parse(records.get(3)).event()).isEqualTo(AuditChain.normalise(older));
        Path file = Files.writeString(dir.resolve("audit.csv"), csv.body(), StandardCharsets.UTF_8);
        var out = new java.io.ByteArrayOutputStream();
        int exit = AuditCsvVerifier.run(
                new String[] {"--contiguous", file.toString()},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("verified 3 events (sequence 1..3)");
        assertThat(exit).isZero();
        Path tampered = Files.writeString(
                dir.resolve("tampered.csv"), csv.body().replace(",5120,", ",5121,"), StandardCharsets.UTF_8);
        assertThat(AuditCsvVerifier.run(
                        new String[] {tampered.toString()},
                        new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isEqualTo(1);

        // And the service's own verification recomputes them from the columns.
        var verification = json(post("/api/exchange/audit/verification", auditor()));
        assertThat(verification.get("verified").asLong()).isEqualTo(3);
        assertThat(verification.get("firstBroken").isNull()).isTrue();
        jdbc.update(
                "UPDATE audit_event SET status = 204 WHERE event_id = ?",
                served.eventId().toString());
        var broken = json(post("/api/exchange/audit/verification", auditor()));
        assertThat(broken.get("firstBroken").get("sequence").asLong()).isEqualTo(1);
        assertThat(broken.get("firstBroken").get("reason").asString()).isEqualTo("HASH_MISMATCH");
    }

    @Test
    void overlongTextsAndFormulaLeadingValuesLandInTheChainAndTheExportVerifies(@TempDir Path dir) throws Exception {
        String operation = "REVOKE_GRANT 撤销理由：" + "r".repeat(982);
        String purpose = "=cmd|' /C calc'!A0 " + "用途".repeat(140) + "。";
        assertThat(operation.codePointCount(0, operation.length())).isEqualTo(1000);
        assertThat(purpose.codePointCount(0, purpose.length())).isEqualTo(300);
        AuditEvent revoke = event(AuditKind.API_CALL, PSB, MCA, POPULATION)
                .occurredAt(java.time.Instant.parse("2026-11-22T08:00:01.000Z"))
                .operation(operation)
                .purpose(purpose)
                .build();
        AuditEvent formulas = event(AuditKind.API_CALL, AMR, MCA, POPULATION)
                .occurredAt(java.time.Instant.parse("2026-11-22T08:00:02.000Z"))
                .purpose("+1")
                .caseId("@SUM(1)")
                .denialCode("-1")
                .requestId("'=x")
                .build();

        publish(0, revoke.eventId().toString(), JSON.writeValueAsString(revoke));
        publish(0, formulas.eventId().toString(), JSON.writeValueAsString(formulas));
        awaitStored(formulas);
        awaitStored(revoke);

        var row = jdbc.queryForMap(
                "SELECT * FROM audit_event WHERE event_id = ?", revoke.eventId().toString());
        String storedOperation = (String) row.get("operation");
        String storedPurpose = (String) row.get("purpose");
        assertThat(storedOperation.codePointCount(0, storedOperation.length())).isEqualTo(255);
        assertThat(storedOperation)
                .startsWith("REVOKE_GRANT 撤销理由：rrr")
                .endsWith("…[cut sha256:" + sha256Prefix(operation) + "]");
        assertThat(storedPurpose.codePointCount(0, storedPurpose.length())).isEqualTo(255);
        assertThat(storedPurpose)
                .startsWith("=cmd|' /C calc'!A0 用途")
                .endsWith("…[cut sha256:" + sha256Prefix(purpose) + "]");
        AuditEvent cut = StoredAuditEvent.fitted(AuditChain.normalise(revoke));
        assertThat(cut.operation()).isEqualTo(storedOperation);
        assertThat(cut.purpose()).isEqualTo(storedPurpose);
        assertThat(row.get("hash")).isEqualTo(AuditChain.hash(((Number) row.get("sequence")).longValue(), cut, (String)
                row.get("prev_hash")));
        assertThat(json(post("/api/exchange/audit/verification", auditor()))
                        .get("firstBroken")
                        .isNull())
                .isTrue();

        var csv = get("/api/exchange/audit/events.csv", auditor());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .contains(",'=cmd|' /C calc'!A0 用途")
                .contains(",'-1,")
                .contains(",'+1,'@SUM(1),''=x,")
                .doesNotContain(",=")
                .doesNotContain(",+1");
        var reader = new AuditCsv.RecordReader(new java.io.StringReader(csv.body()));
        reader.next();
        assertThat(AuditCsv.parse(reader.next()).event().purpose()).isEqualTo(storedPurpose);
        assertThat(AuditCsv.parse(reader.next()).event().requestId()).isEqualTo("'=x");
        Path file = Files.writeString(dir.resolve("audit.csv"), csv.body(), StandardCharsets.UTF_8);
        var out = new java.io.ByteArrayOutputStream();
        int exit = AuditCsvVerifier.run(
                new String[] {"--contiguous", file.toString()},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("verified 2 events (sequence 1..2)");
        assertThat(exit).isZero();
        Path tampered = Files.writeString(
                dir.resolve("tampered.csv"), csv.body().replace(",'+1,", ",'+2,"), StandardCharsets.UTF_8);
        var tamperedOut = new java.io.ByteArrayOutputStream();
        assertThat(AuditCsvVerifier.run(
                        new String[] {tampered.toString()},
                        new java.io.PrintStream(tamperedOut, true, StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(tamperedOut.toString(StandardCharsets.UTF_8)).contains("BROKEN at sequence 2: hash does not match");
    }

    private static String sha256Prefix(String value) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(value.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 16);
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
        String badStatus = JSON.writeValueAsString(
                event(AuditKind.API_CALL, PSB, MCA, POPULATION).status(700).build());
        String fractionalBytes = JSON.writeValueAsString(event(AuditKind.API_CALL, PSB, MCA, POPULATION)
                        .responseBytes(12L)
                        .build())
                .replace("\"responseBytes\":12", "\"responseBytes\":12.5");

        publish(0, badKey, "not json {");
        publish(0, badKey, unknownMember);
        publish(0, badKey, missingResult);
        publish(0, badKey, badStatus);
        publish(0, badKey, fractionalBytes);
        publish(0, valid.eventId().toString(), JSON.writeValueAsString(valid));

        awaitStored(valid);
        assertThat(storedCount()).isEqualTo(1);
        List<ConsumerRecord<String, String>> forwarded = new ArrayList<>();
        try (var consumer = EmbeddedKafka.stringConsumer("audit-invalid-test", AuditIngest.INVALID_TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (badKey.equals(record.key())) {
                        forwarded.add(record);
                    }
                });
                return forwarded.size() >= 5;
            });
        }
        assertThat(forwarded)
                .extracting(ConsumerRecord::value)
                .containsExactly("not json {", unknownMember, missingResult, badStatus, fractionalBytes);
        assertThat(new String(
                        forwarded
                                .get(3)
                                .headers()
                                .lastHeader(AuditIngest.REASON_HEADER)
                                .value(),
                        StandardCharsets.UTF_8))
                .contains("status");
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
