package org.govexchange.node.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.node.ManualNodeTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExtractionTest extends ManualNodeTestBase {

    static final String RESOURCE = "900002/000001";

    @Autowired
    ExtractionService extraction;

    record Extracted(String key, String op, long version, Map<String, Object> data) {}

    @Test
    void rowsSharingATimestampAreReadOnceEachInKeyOrderAcrossBatches() {
        LocalDateTime tie = nextTime();
        for (int seq = 1; seq <= 7; seq++) {
            insert("TIE1", seq, "n" + seq, tie);
        }
        // Numeric key order (9 before 10), not text order, and region before seq.
        insert("TIE0", 10, "ten", tie);
        insert("TIE0", 9, "nine", tie);

        drain();

        assertThat(extracted("TIE%"))
                .extracting(Extracted::key)
                .containsExactly(
                        "TIE0|9", "TIE0|10", "TIE1|1", "TIE1|2", "TIE1|3", "TIE1|4", "TIE1|5", "TIE1|6", "TIE1|7");

        // A later row with the same timestamp and a greater key, and an update of an earlier row.
        insert("TIE1", 8, "n8", tie);
        LocalDateTime later = nextTime();
        dept().update(
                        "UPDATE person SET name = 'nine again', changed_at = ? WHERE region = 'TIE0' AND seq = 9",
                        Timestamp.valueOf(later));
        drain();

        List<Extracted> all = extracted("TIE%");
        assertThat(all).extracting(Extracted::key).hasSize(11).endsWith("TIE1|8", "TIE0|9");
        assertThat(all.get(10).data()).containsEntry("name", "nine again");
        assertThat(all.get(10).version())
                .isEqualTo(later.toInstant(ZoneOffset.UTC).toEpochMilli());
        assertThat(all.get(0).version()).isEqualTo(tie.toInstant(ZoneOffset.UTC).toEpochMilli());
    }

    @Test
    void valuesTravelAsJsonScalarsAndASoftDeleteBecomesADeleteWithItsKeyOnly() {
        LocalDateTime created = nextTime();
        dept().update(
                        "INSERT INTO person (region, seq, name, birth_date, score, active, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        "SOFT1",
                        1,
                        "张三",
                        java.sql.Date.valueOf("1990-01-02"),
                        new BigDecimal("12.50"),
                        true,
                        Timestamp.valueOf(created.plusNanos(123_000_000)));
        drain();
        LocalDateTime removed = nextTime();
        dept().update(
                        "UPDATE person SET removed = 1, changed_at = ? WHERE region = 'SOFT1'",
                        Timestamp.valueOf(removed));
        drain();

        List<Extracted> records = extracted("SOFT1");
        assertThat(records).hasSize(2);
        Extracted upsert = records.get(0);
        assertThat(upsert.op()).isEqualTo("UPSERT");
        assertThat(upsert.version()).isEqualTo(created.toInstant(ZoneOffset.UTC).toEpochMilli() + 123);
        assertThat(upsert.data())
                .containsEntry("region", "SOFT1")
                .containsEntry("seq", 1)
                .containsEntry("name", "张三")
                .containsEntry("birthDate", "1990-01-02")
                .containsEntry("score", new BigDecimal("12.50"))
                .containsEntry("active", true);
        Extracted delete = records.get(1);
        assertThat(delete.op()).isEqualTo("DELETE");
        assertThat(delete.key()).isEqualTo("SOFT1|1");
        assertThat(delete.data()).containsOnlyKeys("region", "seq");
    }

    @Test
    void theWatermarkRecordsTheLastRowAndStatusReportsIt() {
        LocalDateTime at = nextTime();
        insert("WM1", 1, "x", at);
        drain();

        Map<String, Object> watermark = store.queryForMap(
                "SELECT last_version, last_key FROM node_watermark WHERE resource_code = ?", RESOURCE);
        SourceStatus status = extraction.status().stream()
                .filter(s -> s.resourceCode().equals(RESOURCE))
                .findFirst()
                .orElseThrow();
        assertThat(((Number) watermark.get("last_version")).longValue())
                .isGreaterThanOrEqualTo(at.toInstant(ZoneOffset.UTC).toEpochMilli() * 1000);
        assertThat(status.table()).isEqualTo("person");
        assertThat(status.extracted()).isPositive();
        assertThat(status.error()).isNull();
        assertThat(status.watermarkKey()).isEqualTo(watermark.get("last_key"));
    }

    void insert(String region, int seq, String name, LocalDateTime changedAt) {
        dept().update(
                        "INSERT INTO person (region, seq, name, changed_at) VALUES (?, ?, ?, ?)",
                        region,
                        seq,
                        name,
                        Timestamp.valueOf(changedAt));
    }

    /** Extracts until the source is drained (a batch smaller than batch-size 3). */
    void drain() {
        while (extraction.extractOnce(RESOURCE) == 3) {
            // the next batch
        }
    }

    @SuppressWarnings("unchecked")
    List<Extracted> extracted(String regionPattern) {
        return store.query(
                "SELECT record_key, op, version, payload FROM node_outbox WHERE resource_code = ? AND record_key LIKE ?"
                        + " ORDER BY id",
                (row, i) -> new Extracted(
                        row.getString(1),
                        row.getString(2),
                        row.getLong(3),
                        ExchangeJson.decode(row.getString(4).getBytes(StandardCharsets.UTF_8), Map.class)),
                RESOURCE,
                regionPattern + "|%");
    }
}
