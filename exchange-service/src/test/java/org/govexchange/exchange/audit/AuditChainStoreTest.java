package org.govexchange.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditText;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.contracts.kafka.PlatformPrincipal;
import org.govexchange.exchange.ExchangeApplication;
import org.govexchange.testkit.EmbeddedKafka;
import org.govexchange.testkit.EmbeddedMariaDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The store: one linear, gap-free chain, whatever restarts, redeliveries or concurrency happen. */
class AuditChainStoreTest extends AuditTestSupport {

    @Autowired
    AuditVerifier verifier;

    @BeforeEach
    void emptyLog() {
        resetLog();
    }

    @Test
    void chainContinuesAcrossARestartOfTheService() {
        appender.append(List.of(event(AuditKind.API_CALL, PSB, MCA, POPULATION).build(), denied(AMR, MCA, POPULATION)));

        // A second process of the service on the same database: it holds no state but what is stored.
        KafkaConnection hub = EmbeddedKafka.connection(PlatformPrincipal.EXCHANGE);
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ExchangeApplication.class)
                .run(
                        "--server.port=0",
                        "--gx.db.port=" + EmbeddedMariaDb.port(),
                        "--gx.kafka.bootstrap-servers=" + EmbeddedKafka.bootstrapServers(),
                        "--gx.kafka.username=" + hub.username(),
                        "--gx.kafka.password=" + hub.password(),
                        "--gx.audit.consumer-auto-startup=false",
                        "--gx.exchange.hub-key-file=target/test-keys/hub-ed25519.pem",
                        "--gx.audit.checkpoint-interval=PT12H")) {
            AppendResult result = restarted
                    .getBean(AuditAppender.class)
                    .append(List.of(event(AuditKind.BATCH_ACCEPTED, PSB, null, POPULATION)
                            .build()));
            assertThat(result.headSequence()).isEqualTo(3);
        }
        appender.append(
                List.of(event(AuditKind.BATCH_DELIVERED, null, PSB, POPULATION).build()));

        assertThat(jdbc.queryForList("SELECT sequence FROM audit_event ORDER BY sequence", Long.class))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(jdbc.queryForObject("SELECT prev_hash FROM audit_event WHERE sequence = 1", String.class))
                .isEqualTo(AuditChain.GENESIS);
        for (long sequence = 2; sequence <= 4; sequence++) {
            assertThat(jdbc.queryForObject(
                            "SELECT prev_hash FROM audit_event WHERE sequence = ?", String.class, sequence))
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT hash FROM audit_event WHERE sequence = ?", String.class, sequence - 1));
        }
        assertThat(verifier.verify(null, null).firstBroken()).isNull();
        assertThat(verifier.verify(null, null).verified()).isEqualTo(4);
    }

    @Test
    void duplicateDeliveryAddsNothing() {
        AuditEvent first = event(AuditKind.API_CALL, PSB, MCA, POPULATION).build();
        AuditEvent second = denied(AMR, MCA, POPULATION);
        AppendResult initial = appender.append(List.of(first, second, first));
        String head = jdbc.queryForObject("SELECT hash FROM audit_chain_head", String.class);

        AppendResult redelivered = appender.append(List.of(second, first));

        assertThat(initial.appended()).isEqualTo(2);
        assertThat(initial.duplicates()).isEqualTo(1);
        assertThat(redelivered.appended()).isZero();
        assertThat(redelivered.duplicates()).isEqualTo(2);
        assertThat(storedCount()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT hash FROM audit_chain_head", String.class))
                .isEqualTo(head);
    }

    @Test
    void concurrentAppendersKeepOneLinearGapFreeChain() throws Exception {
        int threads = 6;
        int batches = 15;
        List<AuditEvent> all = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String department = List.of(PSB, MCA, AMR).get(t % 3);
                running.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        List<AuditEvent> batch = new ArrayList<>();
                        for (int i = 0; i < 10; i++) {
                            batch.add(event(AuditKind.API_CALL, department, PSB, POPULATION)
                                    .build());
                        }
                        all.addAll(batch);
                        // Redeliver something another thread may be appending right now.
                        if (all.size() > 20) {
                            batch.add(all.get(all.size() - 15));
                        }
                        appender.append(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        long expected = threads * batches * 10L;
        assertThat(storedCount()).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT MAX(sequence) FROM audit_event", Long.class))
                .isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT event_id) FROM audit_event", Long.class))
                .isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT sequence FROM audit_chain_head", Long.class))
                .isEqualTo(expected);
        VerificationReport report = verifier.verify(null, null);
        assertThat(report.firstBroken()).isNull();
        assertThat(report.verified()).isEqualTo(expected);
    }

    @Test
    void ingestStoresTheNormalisedFormSoItVerifies() {
        AuditEvent raw = AuditEvent.builder(AuditKind.GRANT_APPROVED)
                .occurredAt(Instant.parse("2026-11-22T01:02:03.123456Z"))
                .actorDept(PSB)
                .caseId("")
                .fields(List.of())
                .purpose("含有,逗号与\"引号\"\n和换行 😀")
                .build();

        appender.append(List.of(raw));

        var row = jdbc.queryForMap("SELECT * FROM audit_event WHERE sequence = 1");
        assertThat(row.get("case_id")).isNull();
        assertThat(row.get("fields")).isNull();
        assertThat(row.get("occurred_at").toString()).contains("01:02:03.123");
        assertThat(row.get("purpose")).isEqualTo("含有,逗号与\"引号\"\n和换行 😀");
        assertThat(row.get("hash")).isEqualTo(AuditChain.hash(1, AuditChain.normalise(raw), AuditChain.GENESIS));
        assertThat(verifier.verify(null, null).firstBroken()).isNull();
    }

    @Test
    void unstorableEventIsRefusedAndNothingIsAppended() {
        AuditEvent fine = event(AuditKind.API_CALL, PSB, MCA, POPULATION).build();
        AuditEvent badStatus =
                event(AuditKind.API_CALL, PSB, MCA, POPULATION).status(700).build();

        assertThatThrownBy(() -> appender.append(List.of(fine, badStatus)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status must lie between");
        assertThat(storedCount()).isZero();
    }

    @Test
    void overlongTextsAreCutToTheirColumnsAndTheChainCoversTheCutForm() {
        String actor = "x".repeat(65);
        String signature = "签".repeat(1500);
        List<String> fields = new java.util.ArrayList<>();
        for (int i = 0; i < 7000; i++) {
            fields.add("field" + i + "字段");
        }
        AuditEvent raw = event(AuditKind.API_CALL, actor, MCA, POPULATION)
                .signatureRef(signature)
                .fields(fields)
                .build();

        appender.append(List.of(raw));

        var row = jdbc.queryForMap("SELECT * FROM audit_event WHERE sequence = 1");
        assertThat((String) row.get("actor_dept")).hasSize(64).isEqualTo(AuditText.fit(actor, 64));
        assertThat((String) row.get("signature_ref"))
                .hasSize(1024)
                .startsWith("签".repeat(994))
                .contains(AuditText.MARKER);
        String storedFields = (String) row.get("fields");
        assertThat(storedFields.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(65_535);
        assertThat(storedFields).isEqualTo(AuditText.fitUtf8(AuditChain.joinFields(fields), 65_535));
        assertThat(row.get("hash"))
                .isEqualTo(AuditChain.hash(1, StoredAuditEvent.fitted(AuditChain.normalise(raw)), AuditChain.GENESIS));
        assertThat(verifier.verify(null, null).firstBroken()).isNull();
    }
}
