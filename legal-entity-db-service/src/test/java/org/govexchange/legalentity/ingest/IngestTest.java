package org.govexchange.legalentity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.basicdb.testing.SourceFeed.record;
import static org.govexchange.legalentity.LegalEntityTestInfrastructure.AMR_DEPT;
import static org.govexchange.legalentity.LegalEntityTestInfrastructure.AMR_RESOURCE;
import static org.govexchange.legalentity.LegalEntityTestInfrastructure.TAX_DEPT;
import static org.govexchange.legalentity.LegalEntityTestInfrastructure.TAX_RESOURCE;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.basicdb.testing.AuditTrail;
import org.govexchange.basicdb.testing.DataApiTest;
import org.govexchange.basicdb.testing.IngestMeters;
import org.govexchange.basicdb.testing.SourceFeed;
import org.govexchange.basicdb.testing.TestCatalog;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.legalentity.LegalEntityTestInfrastructure;
import org.govexchange.legalentity.TestCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Consumption of gx.resource.* from a real broker into the real database, as the hub would feed it. */
class IngestTest extends DataApiTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final SourceFeed FEED = new SourceFeed();
    static final org.govexchange.contracts.grant.GrantContext SEARCH_GRANT =
            LegalEntityTestInfrastructure.grant(Set.of("creditCode", "name", "status"), Set.of());

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void closeFeed() {
        FEED.close();
    }

    @Test
    void theRegistrysRecordIsMappedToOurFieldsAndCodesAndIsSearchable() throws Exception {
        String code = TestCodes.next();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("creditCode", code);
        data.put("name", "福州澜沧江测试有限公司");
        data.put("entityType", "ENTERPRISE");
        data.put("legalRepresentative", "林建国");
        data.put("legalRepresentativeIdNumber", "110105491231002");
        data.put("registeredCapital", new BigDecimal("5000000.5"));
        data.put("currency", "cny");
        data.put("establishedDate", "20190315");
        data.put("status", "ACTIVE");
        data.put("industryCode", "I6513");
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.UPSERT, 1, data));

        awaitName(code, "福州澜沧江测试有限公司");
        var row = jdbc.queryForMap("SELECT * FROM legal_entity WHERE credit_code = ?", code);
        assertThat(row.get("entity_type")).isEqualTo("ENTERPRISE");
        assertThat(row.get("legal_representative_id_number")).isEqualTo("11010519491231002X");
        assertThat((BigDecimal) row.get("registered_capital")).isEqualByComparingTo("5000000.50");
        assertThat(row.get("currency")).isEqualTo("CNY");
        assertThat(row.get("established_on").toString()).isEqualTo("2019-03-15");
        assertThat(row.get("status")).isEqualTo("OPERATING");

        assertThat(searchCodes("澜沧江测试")).containsExactly(code);
        assertThat(searchCodes("沧江")).contains(code);
    }

    @Test
    void aRenameMovesTheEntityInTheSearch() throws Exception {
        String code = TestCodes.next();
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.UPSERT, 1, Map.of("name", "厦门旧名字贸易有限公司")));
        awaitName(code, "厦门旧名字贸易有限公司");
        assertThat(searchCodes("旧名字")).containsExactly(code);

        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.UPSERT, 2, Map.of("name", "厦门新招牌贸易有限公司")));
        awaitName(code, "厦门新招牌贸易有限公司");

        assertThat(searchCodes("旧名字")).isEmpty();
        assertThat(searchCodes("新招牌")).containsExactly(code);
        assertThat(jdbc.queryForList(
                        "SELECT gram FROM legal_entity_name_gram WHERE credit_code = ? AND gram IN ('旧名', '名字')",
                        String.class,
                        code))
                .isEmpty();
    }

    @Test
    void anOlderVersionIsIgnoredAndARedeliveryChangesNothing() {
        String code = TestCodes.next();
        var newer = record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.UPSERT, 9, Map.of("name", "新版本公司"));
        FEED.publish(newer);
        awaitName(code, "新版本公司");
        var updatedAt =
                jdbc.queryForObject("SELECT updated_at FROM legal_entity WHERE credit_code = ?", Object.class, code);
        double ignoredBefore =
                IngestMeters.count(meters, "gx.ingest.records", "outcome", "ignored_older", "resource", AMR_RESOURCE);

        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.UPSERT, 8, Map.of("name", "旧版本公司")));
        FEED.publish(newer);
        awaitApplied();

        assertThat(jdbc.queryForObject("SELECT name FROM legal_entity WHERE credit_code = ?", String.class, code))
                .isEqualTo("新版本公司");
        assertThat(jdbc.queryForObject("SELECT updated_at FROM legal_entity WHERE credit_code = ?", Object.class, code))
                .isEqualTo(updatedAt);
        assertThat(IngestMeters.count(meters, "gx.ingest.records", "outcome", "ignored_older", "resource", AMR_RESOURCE)
                        - ignoredBefore)
                .isEqualTo(2.0);
    }

    @Test
    void aDeleteCancelsTheEntityAndKeepsTheRecord() {
        String code = TestCodes.next();
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.UPSERT, 1, Map.of("name", "将注销公司")));
        awaitName(code, "将注销公司");

        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.DELETE, 2, Map.of()));

        await().atMost(WAIT).until(() -> "CANCELLED"
                .equals(jdbc.queryForObject(
                        "SELECT status FROM legal_entity WHERE credit_code = ?", String.class, code)));
        assertThat(jdbc.queryForObject("SELECT name FROM legal_entity WHERE credit_code = ?", String.class, code))
                .isEqualTo("将注销公司");
    }

    @Test
    void disagreeingSourcesAreReconciledByPriorityAndTheDisagreementIsRecorded() throws Exception {
        String code = TestCodes.next();
        FEED.publish(record(
                AMR_RESOURCE,
                AMR_DEPT,
                code,
                RecordOp.UPSERT,
                3,
                Map.of("name", "福州甲乙丙有限公司", "address", "福建省福州市鼓楼区五四路1号")));
        awaitName(code, "福州甲乙丙有限公司");

        // tax ranks below the registry (5 < 10), but above it for addresses (20).
        FEED.publish(record(
                TAX_RESOURCE,
                TAX_DEPT,
                code,
                RecordOp.UPSERT,
                1,
                Map.of("nsrsbh", code, "nsrmc", "福州甲乙丙公司", "scjydz", "福建省福州市台江区八一七路2号")));

        await().atMost(WAIT).until(() -> "福建省福州市台江区八一七路2号"
                .equals(jdbc.queryForObject(
                        "SELECT address FROM legal_entity WHERE credit_code = ?", String.class, code)));
        assertThat(jdbc.queryForObject("SELECT name FROM legal_entity WHERE credit_code = ?", String.class, code))
                .isEqualTo("福州甲乙丙有限公司");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(field, ':', source_a, '>', source_b, ':', winner) FROM legal_entity_conflict"
                                + " WHERE credit_code = ? ORDER BY field",
                        String.class,
                        code))
                .containsExactly(
                        "address:" + AMR_RESOURCE + ">" + TAX_RESOURCE + ":B",
                        "name:" + AMR_RESOURCE + ">" + TAX_RESOURCE + ":A");

        var conflicts = api.getWithBearer(
                "/api/legal-entities/conflicts?field=address&size=100",
                TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN"));
        assertThat(conflicts.status()).isEqualTo(200);
        var item = conflicts
                .json()
                .get("items")
                .valueStream()
                .filter(i -> i.get("key").asString().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(item.get("a").get("value").asString()).isEqualTo("福建省福州市鼓楼区五四路1号");
        assertThat(item.get("b").get("sourceDept").asString()).isEqualTo(TAX_DEPT);
        assertThat(item.get("winner").asString()).isEqualTo("B");

        var forbidden = api.getWithBearer(
                "/api/legal-entities/conflicts", TestCatalog.bearer("amr-app", AMR_DEPT, "DEPT_SYSTEM"));
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    void poisonRecordsAreSkippedWithAMetricAndAnAuditEventAndIngestGoesOn() {
        var rejections =
                IngestMeters.rejections(meters, "CREDIT_CODE_CHECKSUM", "ID_NUMBER_CHECKSUM", "ENTITY_CAPITAL_FORMAT");
        String bad = TestCodes.next();

        FEED.publishRaw(AMR_RESOURCE, "x", "[1, 2, 3]");
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, "91350100M000100Y44", RecordOp.UPSERT, 1, Map.of("name", "坏代码")));
        FEED.publish(record(
                AMR_RESOURCE,
                AMR_DEPT,
                bad,
                RecordOp.UPSERT,
                1,
                Map.of("name", "坏身份证公司", "legalRepresentativeIdNumber", "110105194912310021")));
        FEED.publish(record(
                AMR_RESOURCE, AMR_DEPT, bad, RecordOp.UPSERT, 1, Map.of("name", "坏资本公司", "registeredCapital", "很多")));
        FEED.publish(
                record(AMR_RESOURCE, AMR_DEPT, bad, RecordOp.UPSERT, 1, Map.of("name", "坏类型公司", "entityType", "LLC")));
        String good = TestCodes.next();
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, good, RecordOp.UPSERT, 1, Map.of("name", "好公司")));

        awaitName(good, "好公司");
        rejections.assertEachOnce();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_entity WHERE credit_code = ?", Integer.class, bad))
                .isZero();

        AuditTrail.assertQuarantined(
                List.of(
                        "RECORD_MALFORMED",
                        "CREDIT_CODE_CHECKSUM",
                        "ID_NUMBER_CHECKSUM",
                        "ENTITY_CAPITAL_FORMAT",
                        "ENTITY_TYPE_CODE"),
                "CREDIT_CODE_CHECKSUM",
                AMR_RESOURCE,
                AMR_DEPT,
                WAIT);
    }

    @Test
    void datesAndAmountsOutOfRangeAreRejectedRecordsNotAStuckConsumer() {
        double dateBefore = IngestMeters.count(meters, "gx.ingest.rejections", "code", "ENTITY_DATE_FORMAT");
        double allBefore = IngestMeters.rejections(meters);
        List<String> bads = new ArrayList<>();

        // One key each: a batch of records under one key may be reduced to its latest. Year 999 fits the
        // column's width, so only the rules can refuse it; the six-digit years are too long for the field.
        for (String date : List.of("0999-12-31", "-999999999-01-01", "+999999999-12-31")) {
            String bad = TestCodes.next();
            bads.add(bad);
            FEED.publish(record(
                    AMR_RESOURCE, AMR_DEPT, bad, RecordOp.UPSERT, 1, Map.of("name", "远古公司", "establishedDate", date)));
        }
        String bad = TestCodes.next();
        bads.add(bad);
        FEED.publishRaw(
                AMR_RESOURCE,
                bad,
                "{\"resourceCode\":\"" + AMR_RESOURCE + "\",\"schemaVersion\":1,\"key\":\"" + bad
                        + "\",\"op\":\"UPSERT\",\"version\":1,\"data\":{\"name\":\"无穷公司\",\"registeredCapital\":1e400},"
                        + "\"sourceDept\":\"" + AMR_DEPT
                        + "\",\"batchId\":\"b-1\",\"acceptedAt\":\"2026-12-01T00:00:00Z\"}");
        String good = TestCodes.next();
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, good, RecordOp.UPSERT, 1, Map.of("name", "好公司")));

        awaitName(good, "好公司");
        assertThat(IngestMeters.count(meters, "gx.ingest.rejections", "code", "ENTITY_DATE_FORMAT") - dateBefore)
                .isEqualTo(1.0);
        assertThat(IngestMeters.rejections(meters) - allBefore).isEqualTo(4.0);
        for (String rejected : bads) {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM legal_entity WHERE credit_code = ?", Integer.class, rejected))
                    .isZero();
        }
    }

    @Test
    void offsetsAreCommittedOnceTheRecordsAreInTheDatabase() throws Exception {
        String code = TestCodes.next();
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, code, RecordOp.UPSERT, 1, Map.of("name", "提交位移公司")));
        awaitName(code, "提交位移公司");

        SourceFeed.awaitCommitted("legal-entity-db-service", AMR_RESOURCE, WAIT);
    }

    private List<String> searchCodes(String name) throws Exception {
        var response = api.get(
                "/api/legal-entities/entities?size=100&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                SEARCH_GRANT);
        assertThat(response.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json()
                .get("items")
                .forEach(item -> codes.add(item.get("creditCode").asString()));
        return codes;
    }

    private void awaitName(String code, String name) {
        await().atMost(WAIT)
                .until(
                        () -> name.equals(jdbc
                                .queryForList("SELECT name FROM legal_entity WHERE credit_code = ?", String.class, code)
                                .stream()
                                .findFirst()
                                .orElse(null)));
    }

    /** Waits until a marker record published after everything else has been applied (one partition: in order). */
    private void awaitApplied() {
        String marker = TestCodes.next();
        FEED.publish(record(AMR_RESOURCE, AMR_DEPT, marker, RecordOp.UPSERT, 1, Map.of("name", "标记公司")));
        awaitName(marker, "标记公司");
    }
}
