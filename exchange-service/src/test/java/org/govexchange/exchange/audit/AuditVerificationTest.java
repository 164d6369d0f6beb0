package org.govexchange.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tampering with the stored log, and verification naming where. */
class AuditVerificationTest extends AuditTestSupport {

    static final long TAMPERED = 3;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditCheckpointService checkpoints;

    @Autowired
    AuditEventMapper events;

    @BeforeEach
    void fiveEvents() {
        resetLog();
        List<AuditEvent> batch = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            batch.add(AuditEvent.builder(AuditKind.API_CALL)
                    .occurredAt(Instant.parse("2026-11-22T08:00:00.000Z").plusSeconds(i))
                    .actorDept(PSB)
                    .actorClient("psb-case-system")
                    .targetResource(POPULATION)
                    .providerDept(MCA)
                    .operation("GET /api/population/persons")
                    .result(AuditResult.DENIED)
                    .denialCode("GRANT_MISSING")
                    .recordCount(0L)
                    .fields(List.of("idNumber", "name"))
                    .purpose("户籍核验")
                    .requestId("req-" + i)
                    .batchId("batch-" + i)
                    .payloadSha256("ab".repeat(32))
                    .signatureRef("ed25519:psb-1:c2ln")
                    .latencyMs(7L)
                    .status(403)
                    .responseBytes(187L)
                    .build());
        }
        appender.append(batch);
    }

    @Test
    void intactChainVerifies() {
        checkpoints.checkpoint();

        VerificationReport report = verifier.verify(null, null);

        assertThat(report.verified()).isEqualTo(5);
        assertThat(report.firstBroken()).isNull();
        assertThat(report.checkpointsOk()).isTrue();
        assertThat(report.checkpointsChecked()).isEqualTo(1);
        assertThat(verifier.verify(2L, 4L).verified()).isEqualTo(3);
    }

    @Test
    void alteringAnyStoredColumnIsReportedAtThatSequence() {
        StoredAuditEvent original = events.selectById(TAMPERED);
        Map<String, String> tampering = new java.util.LinkedHashMap<>();
        tampering.put("event_id", "UPPER(event_id)");
        tampering.put("occurred_at", "occurred_at + INTERVAL 1 SECOND");
        tampering.put("kind", "'BATCH_REJECTED'");
        tampering.put("result", "'ALLOWED'");
        tampering.put("record_count", "record_count + 1");
        tampering.put("latency_ms", "latency_ms - 1");
        tampering.put("status", "200");
        tampering.put("response_bytes", "NULL");
        tampering.put("fields", "'idNumber'");
        tampering.put("prev_hash", "REPEAT('a', 64)");
        tampering.put("hash", "REPEAT('b', 64)");
        tampering.put("case_id", "''");
        for (String column : List.of(
                "actor_dept",
                "actor_client",
                "target_resource",
                "provider_dept",
                "operation",
                "denial_code",
                "purpose",
                "request_id",
                "batch_id",
                "payload_sha256",
                "signature_ref")) {
            tampering.put(column, "CONCAT(" + column + ", ' ')");
        }
        tampering.put("sequence", "sequence + 1000000");

        for (Map.Entry<String, String> change : tampering.entrySet()) {
            int updated = jdbc.update("UPDATE audit_event SET " + change.getKey() + " = " + change.getValue()
                    + " WHERE sequence = " + TAMPERED);
            assertThat(updated).as(change.getKey()).isEqualTo(1);

            VerificationReport report = verifier.verify(null, null);

            assertThat(report.firstBroken()).as(change.getKey()).isNotNull();
            assertThat(report.firstBroken().sequence()).as(change.getKey()).isEqualTo(TAMPERED);
            assertThat(report.verified()).as(change.getKey()).isEqualTo(TAMPERED - 1);
            restore(original);
        }
        assertThat(verifier.verify(null, null).firstBroken()).isNull();
    }

    @Test
    void deletedRowIsAGapAtItsSequence() {
        jdbc.update("DELETE FROM audit_event WHERE sequence = ?", TAMPERED);

        VerificationReport.BrokenLink broken = verifier.verify(null, null).firstBroken();

        assertThat(broken.sequence()).isEqualTo(TAMPERED);
        assertThat(broken.reason()).isEqualTo(AuditVerifier.ROW_MISSING);
        assertThat(broken.found()).isEqualTo("sequence 4");
    }

    @Test
    void deletedLastRowIsMissingAgainstTheHead() {
        jdbc.update("DELETE FROM audit_event WHERE sequence = 5");

        VerificationReport.BrokenLink broken = verifier.verify(null, null).firstBroken();

        assertThat(broken.sequence()).isEqualTo(5);
        assertThat(broken.found()).isEqualTo("end of log");
    }

    @Test
    void truncationIsCaughtByTheCheckpoints() {
        checkpoints.checkpoint();
        // Cut off the end and move the head back, so the remaining chain is consistent in itself.
        String hash3 = events.hashAt(3);
        jdbc.update("DELETE FROM audit_event WHERE sequence > 3");
        jdbc.update("UPDATE audit_chain_head SET sequence = 3, hash = ? WHERE id = 1", hash3);

        VerificationReport report = verifier.verify(null, null);

        assertThat(report.firstBroken()).isNull();
        assertThat(report.verified()).isEqualTo(3);
        assertThat(report.checkpointsOk()).isFalse();
    }

    @Test
    void rewritingARowAndEveryLaterHashIsCaughtByTheCheckpoints() {
        checkpoints.checkpoint();
        jdbc.update("UPDATE audit_event SET purpose = '伪造' WHERE sequence = 2");
        String prev = events.hashAt(1);
        for (long sequence = 2; sequence <= 5; sequence++) {
            AuditEvent event = events.selectById(sequence).toEvent();
            String hash = AuditChain.hash(sequence, event, prev);
            jdbc.update("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE sequence = ?", prev, hash, sequence);
            prev = hash;
        }
        jdbc.update("UPDATE audit_chain_head SET hash = ? WHERE id = 1", prev);

        VerificationReport report = verifier.verify(null, null);

        assertThat(report.firstBroken()).isNull();
        assertThat(report.checkpointsOk()).isFalse();
    }

    @Test
    void forgedCheckpointSignatureIsCaught() {
        checkpoints.checkpoint();
        jdbc.update(
                "UPDATE audit_checkpoint SET signature = ?", Base64.getEncoder().encodeToString(new byte[64]));

        assertThat(verifier.verify(null, null).checkpointsOk()).isFalse();
    }

    @Test
    void checkpointIsSignedOnlyWhenTheHeadMoved() {
        assertThat(checkpoints.checkpoint()).isPresent();
        assertThat(checkpoints.checkpoint()).isEmpty();
        appender.append(List.of(event(AuditKind.API_CALL, PSB, MCA, POPULATION).build()));
        assertThat(checkpoints.checkpoint())
                .hasValueSatisfying(c -> assertThat(c.getSequence()).isEqualTo(6));
    }

    @Test
    void verificationOverHttpNamesTheUpdatedRow() throws Exception {
        var clean = post("/api/exchange/audit/verification", auditor());
        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(clean.body()).contains("\"verified\":5").contains("\"firstBroken\":null");

        jdbc.update("UPDATE audit_event SET purpose = '其他用途' WHERE sequence = 4");

        var broken = json(post("/api/exchange/audit/verification", auditor()));
        assertThat(broken.get("verified").asLong()).isEqualTo(3);
        assertThat(broken.get("firstBroken").get("sequence").asLong()).isEqualTo(4);
        assertThat(broken.get("firstBroken").get("reason").asString()).isEqualTo("HASH_MISMATCH");
        assertThat(broken.get("firstBroken").get("found").asString()).isEqualTo(events.hashAt(4));
    }

    @Test
    void verificationRangeMustBeSequenceNumbers() throws Exception {
        for (String query : List.of("?from=0", "?from=4&to=2", "?from=abc")) {
            var response = post("/api/exchange/audit/verification" + query, auditor());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("\"code\":\"VALIDATION_FAILED\"");
        }
        var partial = json(post("/api/exchange/audit/verification?from=2&to=4", auditor()));
        assertThat(partial.get("verified").asLong()).isEqualTo(3);
    }

    private void restore(StoredAuditEvent original) {
        jdbc.update("DELETE FROM audit_event WHERE sequence IN (?, ?)", TAMPERED, TAMPERED + 1_000_000);
        events.insert(original);
    }
}
