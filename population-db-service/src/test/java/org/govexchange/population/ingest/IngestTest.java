package org.govexchange.population.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.basicdb.testing.SourceFeed.record;
import static org.govexchange.population.PopulationTestInfrastructure.HRSS_DEPT;
import static org.govexchange.population.PopulationTestInfrastructure.HRSS_RESOURCE;
import static org.govexchange.population.PopulationTestInfrastructure.PSB_DEPT;
import static org.govexchange.population.PopulationTestInfrastructure.PSB_RESOURCE;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.basicdb.testing.AuditTrail;
import org.govexchange.basicdb.testing.DataApiTest;
import org.govexchange.basicdb.testing.IngestMeters;
import org.govexchange.basicdb.testing.SourceFeed;
import org.govexchange.basicdb.testing.TestCatalog;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.population.PopulationTestInfrastructure;
import org.govexchange.population.TestIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Consumption of gx.resource.* from a real broker into the real database, as the hub would feed it. */
class IngestTest extends DataApiTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final SourceFeed FEED = new SourceFeed();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @AfterAll
    static void closeFeed() {
        FEED.close();
    }

    @Test
    void aRecordCreatesTheResidentWithGenderAndBirthDateFromTheNumber() {
        String id = TestIds.next(false);
        FEED.publish(record(
                PSB_RESOURCE,
                PSB_DEPT,
                id,
                RecordOp.UPSERT,
                1,
                Map.of(
                        "name", "林秀英",
                        "gender", "女",
                        "birthDate", id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14),
                        "ethnicity", 1,
                        "phone", "13900000001",
                        "residenceAddress", "福建省福州市鼓楼区五四路1号")));

        awaitName(id, "林秀英");
        var row = jdbc.queryForMap("SELECT * FROM person WHERE id_number = ?", id);
        assertThat(row.get("gender")).isEqualTo("2");
        assertThat(row.get("birth_date").toString())
                .isEqualTo(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        assertThat(row.get("ethnicity")).isEqualTo("01");
        assertThat(row.get("status")).isEqualTo("ALIVE");
        assertThat(row.get("source_dept")).isEqualTo(PSB_DEPT);
        assertThat(jdbc.queryForList(
                        "SELECT field FROM person_field_provenance WHERE id_number = ? AND resource_code = ?"
                                + " AND source_dept = ? AND version = 1",
                        String.class,
                        id,
                        PSB_RESOURCE,
                        PSB_DEPT))
                .containsExactlyInAnyOrder("name", "ethnicity", "phone", "residenceAddress");
    }

    @Test
    void anOlderVersionIsIgnoredAndARedeliveryChangesNothing() {
        String id = TestIds.next(true);
        var newer = record(PSB_RESOURCE, PSB_DEPT, id, RecordOp.UPSERT, 5, Map.of("name", "陈建国"));
        FEED.publish(newer);
        awaitName(id, "陈建国");
        var updatedAt = jdbc.queryForObject("SELECT updated_at FROM person WHERE id_number = ?", Object.class, id);
        double ignoredBefore =
                IngestMeters.count(meters, "gx.ingest.records", "outcome", "ignored_older", "resource", PSB_RESOURCE);

        FEED.publish(record(PSB_RESOURCE, PSB_DEPT, id, RecordOp.UPSERT, 4, Map.of("name", "陈旧名")));
        FEED.publish(newer);
        awaitApplied(PSB_RESOURCE);

        assertThat(jdbc.queryForObject("SELECT name FROM person WHERE id_number = ?", String.class, id))
                .isEqualTo("陈建国");
        assertThat(jdbc.queryForObject("SELECT updated_at FROM person WHERE id_number = ?", Object.class, id))
                .isEqualTo(updatedAt);
        assertThat(jdbc.queryForObject(
                        "SELECT version FROM person_source_version WHERE id_number = ? AND resource_code = ?",
                        Long.class,
                        id,
                        PSB_RESOURCE))
                .isEqualTo(5L);
        assertThat(IngestMeters.count(meters, "gx.ingest.records", "outcome", "ignored_older", "resource", PSB_RESOURCE)
                        - ignoredBefore)
                .isEqualTo(2.0);
    }

    @Test
    void aDeleteCancelsTheNumberAndKeepsTheRecord() throws Exception {
        String id = TestIds.next(true);
        FEED.publish(record(PSB_RESOURCE, PSB_DEPT, id, RecordOp.UPSERT, 1, Map.of("name", "赵刚")));
        awaitName(id, "赵刚");

        FEED.publish(record(PSB_RESOURCE, PSB_DEPT, id, RecordOp.DELETE, 2, Map.of()));

        await().atMost(WAIT).until(() -> "CANCELLED"
                .equals(jdbc.queryForObject("SELECT status FROM person WHERE id_number = ?", String.class, id)));
        assertThat(jdbc.queryForObject("SELECT name FROM person WHERE id_number = ?", String.class, id))
                .isEqualTo("赵刚");
        var grant = PopulationTestInfrastructure.grant(Set.of("idNumber", "name", "status"), Set.of("name"));
        assertThat(api.get("/api/population/persons/" + id, grant)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CANCELLED");
        var verify = api.post("/api/population/persons/verify", grant, "{\"idNumber\":\"" + id + "\",\"name\":\"赵刚\"}");
        assertThat(verify.json().get("match").asBoolean()).isFalse();
    }

    @Test
    void disagreeingSourcesAreReconciledByPriorityAndTheDisagreementIsRecorded() throws Exception {
        String id = TestIds.next(false);
        FEED.publish(
                record(PSB_RESOURCE, PSB_DEPT, id, RecordOp.UPSERT, 7, Map.of("name", "王芳", "phone", "13900000011")));
        awaitName(id, "王芳");

        // hrss ranks below the public security bureau (5 < 10), but above it for phone numbers (20).
        FEED.publish(record(
                HRSS_RESOURCE,
                HRSS_DEPT,
                id,
                RecordOp.UPSERT,
                1,
                Map.of("sfzh", id, "xm", "王方", "xb", "2", "lxdh", "13900000022")));

        await().atMost(WAIT).until(() -> "13900000022"
                .equals(jdbc.queryForObject("SELECT phone FROM person WHERE id_number = ?", String.class, id)));
        assertThat(jdbc.queryForObject("SELECT name FROM person WHERE id_number = ?", String.class, id))
                .isEqualTo("王芳");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(field, ':', value_a, '/', source_a, '|', value_b, '/', source_b, '>', winner)"
                                + " FROM person_conflict WHERE id_number = ? ORDER BY field",
                        String.class,
                        id))
                .containsExactly(
                        "name:王芳/" + PSB_RESOURCE + "|王方/" + HRSS_RESOURCE + ">A",
                        "phone:13900000011/" + PSB_RESOURCE + "|13900000022/" + HRSS_RESOURCE + ">B");
        assertThat(jdbc.queryForObject(
                        "SELECT resource_code FROM person_field_provenance WHERE id_number = ? AND field = 'phone'",
                        String.class,
                        id))
                .isEqualTo(HRSS_RESOURCE);

        // The same disagreement again (hrss updates another field) is not recorded twice.
        FEED.publish(record(
                HRSS_RESOURCE, HRSS_DEPT, id, RecordOp.UPSERT, 2, Map.of("xm", "王方", "jzdz", "福建省福州市台江区八一七路2号")));
        await().atMost(WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT residence_address FROM person WHERE id_number = ?", String.class, id)
                        != null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_conflict WHERE id_number = ?", Integer.class, id))
                .isEqualTo(2);

        var conflicts = api.getWithBearer(
                "/api/population/conflicts?field=name&size=100",
                TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN"));
        assertThat(conflicts.status()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        conflicts.json().get("items").forEach(item -> {
            assertThat(item.get("field").asString()).isEqualTo("name");
            keys.add(item.get("key").asString());
        });
        assertThat(keys).contains(id);
        var item = conflicts
                .json()
                .get("items")
                .valueStream()
                .filter(i -> i.get("key").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(item.get("a").get("value").asString()).isEqualTo("王芳");
        assertThat(item.get("a").get("sourceDept").asString()).isEqualTo(PSB_DEPT);
        assertThat(item.get("b").get("value").asString()).isEqualTo("王方");
        assertThat(item.get("b").get("resourceCode").asString()).isEqualTo(HRSS_RESOURCE);
        assertThat(item.get("winner").asString()).isEqualTo("A");
        assertThat(item.has("detectedAt")).isTrue();
    }

    @Test
    void onlyPlatformAdministratorsSeeConflicts() throws Exception {
        var deptAdmin = api.getWithBearer(
                "/api/population/conflicts", TestCatalog.bearer("hrss-admin", HRSS_DEPT, "DEPT_ADMIN"));
        assertThat(deptAdmin.status()).isEqualTo(403);
        assertThat(deptAdmin.json().get("code").asString()).isEqualTo("FORBIDDEN");

        var unknownField = api.getWithBearer(
                "/api/population/conflicts?field=shoeSize", TestCatalog.bearer("gx-admin", null, "PLATFORM_ADMIN"));
        assertThat(unknownField.status()).isEqualTo(400);
    }

    @Test
    void poisonRecordsAreSkippedWithAMetricAndAnAuditEventAndIngestGoesOn() {
        String badCheck = "110105194912310021";
        String female = TestIds.next(false);
        var rejections =
                IngestMeters.rejections(meters, "ID_NUMBER_CHECKSUM", "RECORD_MALFORMED", "PERSON_GENDER_MISMATCH");

        FEED.publishRaw(PSB_RESOURCE, "x", "{this is not json");
        FEED.publish(record(PSB_RESOURCE, PSB_DEPT, badCheck, RecordOp.UPSERT, 1, Map.of("name", "坏号码")));
        FEED.publish(record(PSB_RESOURCE, PSB_DEPT, female, RecordOp.UPSERT, 1, Map.of("name", "错性别", "gender", "1")));
        FEED.publish(
                record(PSB_RESOURCE, PSB_DEPT, female, RecordOp.UPSERT, 1, Map.of("name", "孙悦", "ethnicity", "99")));
        String good = TestIds.next(true);
        FEED.publish(record(PSB_RESOURCE, PSB_DEPT, good, RecordOp.UPSERT, 1, Map.of("name", "周杰")));

        awaitName(good, "周杰");
        rejections.assertEachOnce();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id_number = ?", Integer.class, female))
                .isZero();

        AuditTrail.assertQuarantined(
                List.of("ID_NUMBER_CHECKSUM", "RECORD_MALFORMED", "PERSON_GENDER_MISMATCH", "PERSON_ETHNICITY_CODE"),
                "ID_NUMBER_CHECKSUM",
                PSB_RESOURCE,
                PSB_DEPT,
                WAIT);
    }

    @Test
    void offsetsAreCommittedOnceTheRecordsAreInTheDatabase() throws Exception {
        String id = TestIds.next(true);
        FEED.publish(record(PSB_RESOURCE, PSB_DEPT, id, RecordOp.UPSERT, 1, Map.of("name", "吴磊")));
        awaitName(id, "吴磊");

        SourceFeed.awaitCommitted("population-db-service", PSB_RESOURCE, WAIT);
    }

    private void awaitName(String id, String name) {
        await().atMost(WAIT)
                .until(() -> name.equals(
                        jdbc.queryForList("SELECT name FROM person WHERE id_number = ?", String.class, id).stream()
                                .findFirst()
                                .orElse(null)));
    }

    /** Waits until a marker record published after everything else has been applied (one partition: in order). */
    private void awaitApplied(String resourceCode) {
        String marker = TestIds.next(true);
        String dept = resourceCode.equals(PSB_RESOURCE) ? PSB_DEPT : HRSS_DEPT;
        String nameField = resourceCode.equals(PSB_RESOURCE) ? "name" : "xm";
        FEED.publish(record(resourceCode, dept, marker, RecordOp.UPSERT, 1, Map.of(nameField, "标记")));
        awaitName(marker, "标记");
    }
}
