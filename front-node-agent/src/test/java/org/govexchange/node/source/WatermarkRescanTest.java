package org.govexchange.node.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.node.ManualNodeTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Watermark mode's answers to issue 20 on real MariaDB (node B, person keyed by region and seq, version column
 * changed_at, soft-delete column removed, re-scan window 5 minutes): an update that keeps its timestamp, a row
 * committed after newer rows were extracted, rows read again unchanged, a soft delete found by the re-scan.
 */
class WatermarkRescanTest extends ManualNodeTestBase {

    static final String RESOURCE = ExtractionTest.RESOURCE;

    @Autowired
    ExtractionService extraction;

    record Sent(String key, String op, long version, Map<String, Object> data) {}

    @Test
    void aSecondUpdateWithTheSameTimestampIsSentWithAHigherVersion() {
        LocalDateTime at = nextTime();
        insert("SAME1", 1, "地址-第一次", at);
        drain();
        assertThat(sent("SAME1")).extracting(Sent::version).containsExactly(millis(at));

        // Same changed_at: the forward extraction cannot see it, the re-scan does.
        dept().update("UPDATE person SET name = '地址-第二次' WHERE region = 'SAME1' AND seq = 1");
        drain();
        assertThat(sent("SAME1")).hasSize(1);
        assertThat(extraction.rescanOnce(RESOURCE)).isEqualTo(1);

        List<Sent> sent = sent("SAME1");
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).data()).containsEntry("name", "地址-第二次");
        assertThat(sent.get(1).op()).isEqualTo("UPSERT");
        // Above the first, so the hub's key→version guard and the sinks take it.
        assertThat(sent.get(1).version()).isEqualTo(millis(at) + 1);

        // A third update in the same timestamp goes higher still; a later real timestamp keeps its own version.
        dept().update("UPDATE person SET name = '地址-第三次' WHERE region = 'SAME1' AND seq = 1");
        extraction.rescanOnce(RESOURCE);
        LocalDateTime later = nextTime();
        dept().update(
                        "UPDATE person SET name = '地址-第四次', changed_at = ? WHERE region = 'SAME1' AND seq = 1",
                        Timestamp.valueOf(later));
        drain();
        assertThat(sent("SAME1"))
                .extracting(Sent::version)
                .containsExactly(millis(at), millis(at) + 1, millis(at) + 2, millis(later));
    }

    @Test
    void aRowCommittedAfterNewerRowsWereExtractedIsCaughtByTheRescan() throws Exception {
        LocalDateTime early = nextTime();
        try (Connection late = department.jdbc().getDataSource().getConnection()) {
            late.setAutoCommit(false);
            try (PreparedStatement insert = late.prepareStatement(
                    "INSERT INTO person (region, seq, name, changed_at) VALUES ('LATE1', 1, '迟到', ?)")) {
                insert.setTimestamp(1, Timestamp.valueOf(early));
                insert.executeUpdate();
            }
            // Meanwhile another session commits newer rows, and they are extracted: the watermark passes `early`.
            insert("LATE2", 1, "先到", nextTime());
            insert("LATE2", 2, "先到", nextTime());
            drain();
            assertThat(sent("LATE2")).hasSize(2);
            late.commit();
        }
        drain();
        assertThat(sent("LATE1"))
                .as("behind the watermark: the forward extraction misses it")
                .isEmpty();

        assertThat(extraction.rescanOnce(RESOURCE)).isEqualTo(1);

        List<Sent> caught = sent("LATE1");
        assertThat(caught).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("LATE1|1");
            assertThat(s.version()).isEqualTo(millis(early));
            assertThat(s.data()).containsEntry("name", "迟到");
        });
        SourceStatus status = status();
        assertThat(status.rescanCaught()).isPositive();
        assertThat(status.lastRescanAt()).isNotNull();
    }

    @Test
    void rowsReadAgainUnchangedAreNotSentTwice() {
        for (int seq = 1; seq <= 7; seq++) {
            insert("UNCH1", seq, "n" + seq, nextTime());
        }
        drain();
        assertThat(sent("UNCH1")).hasSize(7);
        long unchangedBefore = status().unchanged();

        // The window covers all seven (batch size 3: the re-scan pages through them).
        assertThat(extraction.rescanOnce(RESOURCE)).isZero();
        assertThat(extraction.rescanOnce(RESOURCE)).isZero();

        assertThat(sent("UNCH1")).hasSize(7);
        assertThat(status().unchanged() - unchangedBefore).isGreaterThanOrEqualTo(14);
        // A row whose timestamp moved but whose content did not is not sent again either.
        dept().update(
                        "UPDATE person SET changed_at = ? WHERE region = 'UNCH1' AND seq = 3",
                        Timestamp.valueOf(nextTime()));
        drain();
        assertThat(sent("UNCH1")).hasSize(7);
    }

    @Test
    void aSoftDeleteThatKeptItsTimestampBecomesADeleteThroughTheRescan() {
        LocalDateTime at = nextTime();
        insert("SOFT2", 1, "将删除", at);
        drain();
        dept().update("UPDATE person SET removed = 1 WHERE region = 'SOFT2' AND seq = 1");
        extraction.rescanOnce(RESOURCE);

        List<Sent> sent = sent("SOFT2");
        assertThat(sent).extracting(Sent::op).containsExactly("UPSERT", "DELETE");
        assertThat(sent.get(1).data()).containsOnlyKeys("region", "seq");
        assertThat(sent.get(1).version()).isEqualTo(millis(at) + 1);
        // Deleted once is enough: the re-scan does not send the deletion again.
        extraction.rescanOnce(RESOURCE);
        assertThat(sent("SOFT2")).hasSize(2);
    }

    @Test
    void aRowFurtherBehindThanTheWindowIsNotReadAgain() {
        insert("WIN1", 1, "x", nextTime());
        drain();
        long watermark = store.queryForObject(
                "SELECT last_version FROM node_watermark WHERE resource_code = ?", Long.class, RESOURCE);
        LocalDateTime outside = SourceTable.fromMicros(watermark).minusMinutes(6);
        LocalDateTime inside = SourceTable.fromMicros(watermark).minusMinutes(4);
        insert("WIN2", 1, "outside", outside);
        insert("WIN2", 2, "inside", inside);

        extraction.rescanOnce(RESOURCE);

        assertThat(sent("WIN2")).extracting(Sent::key).containsExactly("WIN2|2");
    }

    void insert(String region, int seq, String name, LocalDateTime changedAt) {
        dept().update(
                        "INSERT INTO person (region, seq, name, changed_at) VALUES (?, ?, ?, ?)",
                        region,
                        seq,
                        name,
                        Timestamp.valueOf(changedAt));
    }

    void drain() {
        while (extraction.extractOnce(RESOURCE) == 3) {
            // the next batch
        }
    }

    SourceStatus status() {
        return extraction.status().stream()
                .filter(s -> s.resourceCode().equals(RESOURCE))
                .findFirst()
                .orElseThrow();
    }

    static long millis(LocalDateTime at) {
        return at.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @SuppressWarnings("unchecked")
    List<Sent> sent(String region) {
        return store.query(
                "SELECT record_key, op, version, payload FROM node_outbox WHERE resource_code = ? AND record_key LIKE ?"
                        + " ORDER BY id",
                (row, i) -> new Sent(
                        row.getString(1),
                        row.getString(2),
                        row.getLong(3),
                        ExchangeJson.decode(row.getString(4).getBytes(StandardCharsets.UTF_8), Map.class)),
                RESOURCE,
                region + "|%");
    }
}
