package org.govexchange.node.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.govexchange.node.TestNodes;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.testkit.EmbeddedMariaDb;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** CDC mode on the test kit's MariaDB with the binlog on: what watermark extraction cannot see is captured. */
@SpringBootTest
@RealInfrastructure
@ActiveProfiles("test-cdc")
@ContextConfiguration(initializers = CdcTest.Department.class)
@ExtendWith(OutputCaptureExtension.class)
class CdcTest {

    static final String RESOURCE = "900003/000001";
    static final String PASSWORD = "cdc-secret-7731-never-logged";
    static final int EXISTING = 120;

    /** The table and the rows that exist before the node first starts (the initial snapshot takes them). */
    static final class Department implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Files.createDirectories(TestNodes.FILES);
                Path key = TestNodes.FILES.resolve("cdc-ed25519.pem");
                if (!Files.exists(key)) {
                    Files.writeString(
                            key,
                            EnvelopeKeys.privateKeyPem(EnvelopeKeys.generate(SignatureAlgorithm.ED25519)
                                    .getPrivate()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestNodes.execute(
                    "dept_test_cdc",
                    "CREATE TABLE IF NOT EXISTS person_cdc (id_number CHAR(18) NOT NULL PRIMARY KEY,"
                            + " name VARCHAR(64) NOT NULL, birth_date DATE, active TINYINT(1), score DECIMAL(6,2),"
                            + " updated_at DATETIME(3) NOT NULL, deleted TINYINT(1) NOT NULL DEFAULT 0)",
                    "DELETE FROM person_cdc");
            StringBuilder insert = new StringBuilder(
                    "INSERT INTO person_cdc (id_number, name, birth_date, active, score, updated_at) VALUES ");
            for (int i = 0; i < EXISTING; i++) {
                insert.append(i == 0 ? "" : ", ")
                        .append("('SNAP")
                        .append(String.format("%014d", i))
                        .append("', 'existing ")
                        .append(i)
                        .append("', '1990-01-02', 1, 12.50, '2020-01-01 00:00:00.000')");
            }
            TestNodes.execute("dept_test_cdc", insert.toString());
        }
    }

    record Captured(long id, String key, String op, long version, Map<String, Object> data) {}

    @Autowired
    CdcCapture capture;

    @Autowired
    CdcMonitor monitor;

    @Autowired
    DepartmentDatabase department;

    @Autowired
    JdbcTemplate store;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void startCapture() {
        capture.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "STREAMING".equals(monitor.status().state())
                        || monitor.status().snapshotRows() >= EXISTING);
    }

    @AfterEach
    void everyKeyAndVersionOnce() {
        assertThat(store.queryForList(
                        "SELECT record_key FROM node_outbox WHERE resource_code = ?"
                                + " GROUP BY record_key, version HAVING COUNT(*) > 1",
                        String.class,
                        RESOURCE))
                .as("outbox rows duplicated by key and version")
                .isEmpty();
    }

    @Test
    void theInitialSnapshotTakesTheRowsThatExistWithProgress() {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(captured("SNAP%")).hasSize(EXISTING));
        Captured first = captured("SNAP00000000000000").get(0);
        assertThat(first.op()).isEqualTo("UPSERT");
        assertThat(first.data())
                .containsEntry("idNumber", "SNAP00000000000000")
                .containsEntry("name", "existing 0")
                .containsEntry("birthDate", "1990-01-02")
                .containsEntry("active", true)
                .containsEntry("score", new BigDecimal("12.50"))
                .containsEntry("updatedAt", "2020-01-01T00:00:00");
        assertThat(monitor.status().snapshotRows()).isEqualTo(EXISTING);
        assertThat(meters.get("gx.node.cdc.snapshot.rows").counter().count()).isEqualTo(EXISTING);
    }

    @Test
    void twoUpdatesOfOneKeyWithTheSameTimestampBothArriveAndTheSecondIsTheLatest() {
        Timestamp same = Timestamp.valueOf(LocalDateTime.of(2026, 11, 22, 1, 2, 3));
        dept().update(
                        "INSERT INTO person_cdc (id_number, name, updated_at) VALUES ('SAME00000000000001', 'created', ?)",
                        same);
        dept().update("UPDATE person_cdc SET name = '地址-第一次' WHERE id_number = 'SAME00000000000001'");
        dept().update("UPDATE person_cdc SET name = '地址-第二次' WHERE id_number = 'SAME00000000000001'");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(captured("SAME%")).hasSize(3));
        List<Captured> all = captured("SAME%");
        assertThat(all).extracting(c -> c.data().get("name")).containsExactly("created", "地址-第一次", "地址-第二次");
        assertThat(all.get(1).version()).isGreaterThan(all.get(0).version());
        assertThat(all.get(2).version()).isGreaterThan(all.get(1).version());
        // Above any epoch-millisecond version the resource had in watermark mode.
        assertThat(all.get(0).version()).isGreaterThan(System.currentTimeMillis() * 100);
    }

    @Test
    void aRowCommittedLateIsCaptured() throws SQLException {
        try (Connection late = EmbeddedMariaDb.connect("dept_test_cdc")) {
            late.setAutoCommit(false);
            try (PreparedStatement insert = late.prepareStatement(
                    "INSERT INTO person_cdc (id_number, name, updated_at) VALUES ('LATE00000000000001', 'late', ?)")) {
                insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)));
                insert.executeUpdate();
            }
            dept().update(
                            "INSERT INTO person_cdc (id_number, name, updated_at) VALUES ('LATE00000000000002', 'newer', ?)",
                            Timestamp.valueOf(LocalDateTime.of(2026, 6, 1, 0, 0)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(captured("LATE00000000000002"))
                    .hasSize(1));
            late.commit();
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(captured("LATE00000000000001")).hasSize(1));
        assertThat(captured("LATE00000000000001").get(0).version())
                .isGreaterThan(captured("LATE00000000000002").get(0).version());
    }

    @Test
    void aHardDeleteBecomesADeleteWithItsKeyOnly() {
        dept().update(
                        "INSERT INTO person_cdc (id_number, name, updated_at) VALUES ('HARD00000000000001', 'gone soon', NOW(3))");
        dept().update("DELETE FROM person_cdc WHERE id_number = 'HARD00000000000001'");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(captured("HARD%")).hasSize(2));
        Captured delete = captured("HARD%").get(1);
        assertThat(delete.op()).isEqualTo("DELETE");
        assertThat(delete.key()).isEqualTo("HARD00000000000001");
        assertThat(delete.data()).containsOnlyKeys("idNumber");
    }

    @Test
    void aRestartLosesNothingAndAReplayFromOlderOffsetsAppendsNothingTwice(CapturedOutput output) {
        dept().update(
                        "INSERT INTO person_cdc (id_number, name, updated_at) VALUES ('RST000000000000001', 'a', NOW(3))");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(captured("RST%")).hasSize(1));
        // What Debezium had stored then: a crash after the next outbox commit would restart from here.
        List<Map<String, Object>> olderOffsets = store.queryForList("SELECT * FROM node_cdc_offset");
        assertThat(olderOffsets).isNotEmpty();
        for (int i = 2; i <= 6; i++) {
            dept().update(
                            "INSERT INTO person_cdc (id_number, name, updated_at) VALUES (?, 'b', NOW(3))",
                            String.format("RST%015d", i));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(captured("RST%")).hasSize(6));

        capture.stop();
        // Changes while the capture is down, then the offsets put back as if the last writes never reached them.
        dept().update("UPDATE person_cdc SET name = 'while down' WHERE id_number LIKE 'RST%'");
        dept().update("DELETE FROM person_cdc WHERE id_number = 'RST000000000000006'");
        for (Map<String, Object> offset : olderOffsets) {
            store.update(
                    "UPDATE node_cdc_offset SET offset_value = ? WHERE offset_key = ?",
                    offset.get("offset_value"),
                    offset.get("offset_key"));
        }
        long replayedBefore = monitor.status().replayed();
        capture.start();

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(captured("RST%")).hasSize(6 + 6 + 1));
        assertThat(monitor.status().replayed()).isGreaterThan(replayedBefore);
        List<Captured> all = captured("RST%");
        assertThat(all.subList(6, 12)).allSatisfy(c -> assertThat(c.data()).containsEntry("name", "while down"));
        assertThat(all.get(12).op()).isEqualTo("DELETE");
        // Debezium logs its configuration when it starts: the department database's password is masked there.
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void aTransactionSpanningManyRowEventsArrivesWholeAndItsReplayAppendsNothingTwice() {
        List<Map<String, Object>> olderOffsets = store.queryForList("SELECT * FROM node_cdc_offset");
        // One statement, one transaction, 1 000 rows: the binlog splits it into many row events (about 8 KB each),
        // all carrying the transaction's position and each counting its rows from 0 again.
        StringBuilder insert = new StringBuilder("INSERT INTO person_cdc (id_number, name, updated_at) VALUES ");
        for (int i = 0; i < 1000; i++) {
            insert.append(i == 0 ? "" : ",").append(String.format("('MANY%014d', '%s', NOW(3))", i, "n".repeat(60)));
        }
        dept().update(insert.toString());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(captured("MANY%")).hasSize(1000));
        // Stored at the transaction's start: a restart replays it whole, numbered as the first time.
        assertThat(store.queryForList("SELECT offset_value FROM node_cdc_offset", String.class))
                .isNotEmpty()
                .allSatisfy(
                        offset -> assertThat(offset).doesNotContain("\"event\"").doesNotContain("\"row\""));

        capture.stop();
        for (Map<String, Object> offset : olderOffsets) {
            store.update(
                    "UPDATE node_cdc_offset SET offset_value = ? WHERE offset_key = ?",
                    offset.get("offset_value"),
                    offset.get("offset_key"));
        }
        capture.start();
        dept().update(
                        "INSERT INTO person_cdc (id_number, name, updated_at) VALUES ('MANY00000000001000', 'after', NOW(3))");

        // The replayed transaction adds nothing; what follows it still arrives.
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(captured("MANY%")).hasSize(1001));
        assertThat(captured("MANY%").stream().map(Captured::key).distinct()).hasSize(1001);
    }

    @Test
    void aRestartWithTheOffsetsAsStoredReplaysTheLastTransactionAndAppendsNothingTwice() {
        StringBuilder insert = new StringBuilder("INSERT INTO person_cdc (id_number, name, updated_at) VALUES ");
        for (int i = 0; i < 1000; i++) {
            insert.append(i == 0 ? "" : ",").append(String.format("('AGAIN%013d', '%s', NOW(3))", i, "m".repeat(60)));
        }
        dept().update(insert.toString());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(captured("AGAIN%")).hasSize(1000));
        long replayedBefore = monitor.status().replayed();

        // As after a kill -9: the engine resumes from what it stored, the start of that transaction.
        capture.stop();
        capture.start();
        dept().update(
                        "INSERT INTO person_cdc (id_number, name, updated_at) VALUES ('AGAIN0000000001000', 'after', NOW(3))");

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(captured("AGAIN%")).hasSize(1001));
        assertThat(captured("AGAIN%").stream().map(Captured::key).distinct()).hasSize(1001);
        assertThat(monitor.status().replayed() - replayedBefore).isEqualTo(1000);
    }

    @Test
    void aColumnAddedOrDroppedAtTheSourceIsReportedAndCaptureCarriesOn() {
        dept().execute("ALTER TABLE person_cdc ADD COLUMN nickname VARCHAR(32)");
        dept().update(
                        "INSERT INTO person_cdc (id_number, name, nickname, updated_at) VALUES ('DDL000000000000001', 'x', 'nick', NOW(3))");
        dept().execute("ALTER TABLE person_cdc DROP COLUMN nickname");
        dept().update("UPDATE person_cdc SET name = 'y' WHERE id_number = 'DDL000000000000001'");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(captured("DDL%")).hasSize(2));
        assertThat(captured("DDL%").get(1).data()).containsEntry("name", "y");
        assertThat(monitor.status().schemaChanges())
                .anySatisfy(c -> assertThat(c.added()).contains("nickname"))
                .anySatisfy(c -> assertThat(c.dropped()).contains("nickname"));
        assertThat(monitor.status().error()).isNull();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String payload) {
        return ExchangeJson.decode(payload.getBytes(StandardCharsets.UTF_8), Map.class);
    }

    JdbcTemplate dept() {
        return department.jdbc();
    }

    List<Captured> captured(String keyPattern) {
        return store.query(
                "SELECT id, record_key, op, version, payload FROM node_outbox WHERE resource_code = ? AND record_key LIKE ?"
                        + " ORDER BY id",
                (rs, i) -> new Captured(
                        rs.getLong("id"),
                        rs.getString("record_key"),
                        rs.getString("op"),
                        rs.getLong("version"),
                        json(rs.getString("payload"))),
                RESOURCE,
                keyPattern);
    }
}
