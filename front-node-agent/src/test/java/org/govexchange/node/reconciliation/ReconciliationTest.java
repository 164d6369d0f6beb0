package org.govexchange.node.reconciliation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.contracts.exchange.BackfillHeaders;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.reconciliation.BucketKeys;
import org.govexchange.contracts.reconciliation.KeyDigest;
import org.govexchange.contracts.reconciliation.ResourceDigest;
import org.govexchange.node.ManualNodeTestBase;
import org.govexchange.node.TestHub;
import org.govexchange.node.TestNodes;
import org.govexchange.node.source.ExtractionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wiremock.spring.InjectWireMock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciliation of a subscribe target (real department database, real broker; WireMock plays the hub's HTTP side
 * with a state the test defines): a row changed by hand, one deleted by hand and one inserted by hand are found and
 * named, the repair restores the table, and a second run finds nothing.
 */
class ReconciliationTest extends ManualNodeTestBase {

    static final String PERSONS = "900002/000003";
    static final String SOURCE = "900002/000001";
    static final String BASE = "/api/exchange/subscriptions/" + PERSONS;
    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @InjectWireMock("hub")
    WireMockServer hub;

    @Autowired
    ExtractionService extraction;

    @Test
    void rowsChangedDeletedOrAddedByHandAreReportedByKeyAndRepaired() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String same = "RC" + run + "-1";
        String changed = "RC" + run + "-2";
        String deleted = "RC" + run + "-3";
        String added = "RC" + run + "-9";
        List<ExchangeRecord> delivered = List.of(person(same, "原样"), person(changed, "原名"), person(deleted, "将删"));
        TestHub.send(TestNodes.DEPT_B, TestHub.signed(PERSONS, delivered));
        await().atMost(WAIT).until(() -> count("id_number LIKE 'RC" + run + "-%'") == 3);

        // The hub's state: every key the table holds now, at its version (other tests' rows included).
        Map<String, Long> hubState = new LinkedHashMap<>();
        dept().query("SELECT id_number, version FROM target_person", rs -> {
            hubState.put(rs.getString(1), rs.getLong(2));
        });
        stubHub(hubState);

        // By hand, in the department's database.
        dept().update("UPDATE target_person SET name = '改过' WHERE id_number = ?", changed);
        dept().update("DELETE FROM target_person WHERE id_number = ?", deleted);
        dept().update("INSERT INTO target_person (id_number, name, version) VALUES (?, '多出', 1)", added);

        JsonNode report = reconcile();

        assertThat(report.path("state").asString()).isEqualTo("DONE");
        assertThat(strings(report.path("keys").path("changed")))
                .contains(changed)
                .doesNotContain(same);
        assertThat(strings(report.path("keys").path("missing"))).containsExactly(deleted);
        assertThat(strings(report.path("keys").path("extra"))).containsExactly(added);
        assertThat(report.path("stale").asLong()).isZero();
        assertThat(report.path("compared").asLong()).isEqualTo(hubState.size());
        assertThat(report.path("backfillId").asString()).isEqualTo("repair-1");

        String repairBody = hub.findAll(postRequestedFor(urlEqualTo(BASE + "/repair")))
                .get(0)
                .getBodyAsString();
        assertThat(strings(JSON.readTree(repairBody).path("keys")))
                .contains(changed, deleted)
                .doesNotContain(same);
        assertThat(count("id_number = '" + added + "'"))
                .as("the extra row is removed")
                .isZero();
        String reported = hub.findAll(postRequestedFor(urlEqualTo(BASE + "/reconciliations")))
                .get(0)
                .getBodyAsString();
        assertThat(JSON.readTree(reported).path("missing").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(reported).path("extra").asLong()).isEqualTo(1);

        // A same-version record without the repair header changes nothing; the hub's repair does.
        List<ExchangeRecord> repair = List.of(person(changed, "原名"), person(deleted, "将删"));
        TestHub.send(TestNodes.DEPT_B, TestHub.signed(PERSONS, repair));
        await().atMost(WAIT)
                .until(() -> store.queryForObject(
                                "SELECT COUNT(*) FROM node_applied_batch WHERE resource_code = ? AND applied_at >="
                                        + " NOW() - INTERVAL 1 MINUTE AND ignored = 1 AND applied = 1",
                                Long.class,
                                PERSONS)
                        >= 1);
        assertThat(name(changed)).isEqualTo("改过");
        Envelope repaired = TestHub.signed(PERSONS, repair);
        TestHub.send(
                TestNodes.DEPT_B,
                ExchangeJson.encode(repaired),
                repaired.batchId(),
                Map.of(BackfillHeaders.TOTAL, "2", BackfillHeaders.DONE, "2", BackfillHeaders.REPAIR, "1"));
        await().atMost(WAIT).until(() -> "原名".equals(name(changed)));
        assertThat(name(deleted)).isEqualTo("将删");

        JsonNode again = reconcile();
        assertThat(again.path("missing").asLong()
                        + again.path("extra").asLong()
                        + again.path("stale").asLong()
                        + again.path("changed").asLong())
                .as("after the repair the table equals the hub's state: %s", again)
                .isZero();
        assertThat(get("/node/status").body())
                .contains("\"reconciliations\":[")
                .contains(again.path("reconciliationId").asString());
    }

    @Test
    void aSourceRowChangedUnseenOneDeletedAndOneNeverSentAreFoundAndSentAgain() throws Exception {
        String region = "R" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        for (int seq = 1; seq <= 3; seq++) {
            dept().update(
                            "INSERT INTO person (region, seq, name, score, changed_at) VALUES (?, ?, '源头', 1.50, ?)",
                            region,
                            seq,
                            java.sql.Timestamp.valueOf(nextTime()));
        }
        while (extraction.extractOnce(SOURCE) == 3) {
            // drained when a page comes back short
        }
        assertThat(outbox(region)).hasSize(3);
        // The hub holds what was sent (its versions are the node's).
        Map<String, Long> hubState = new LinkedHashMap<>();
        store.query(
                "SELECT record_key, version FROM node_source_hash WHERE resource_code = ? AND deleted = 0",
                rs -> {
                    hubState.put(rs.getString(1), rs.getLong(2));
                },
                SOURCE);
        // The hub refused key 3 (it is open in the node's quarantine): not drift, and not sent again.
        hubState.remove(region + "|3");
        store.update(
                "INSERT INTO node_quarantine (batch_id, seq, resource_code, record_key, version, rule, reason,"
                        + " batch_rejected, quarantined_at, received_at) VALUES (?, 0, ?, ?, 1, 'TYPE', 'refused', 0,"
                        + " NOW(3), NOW(3))",
                "B-" + region,
                SOURCE,
                region + "|3");
        stubHubFor("/api/exchange/subscriptions/" + SOURCE, SOURCE, hubState);

        // What watermark capture cannot see: a change that kept its timestamp, a hard delete, a late row.
        dept().update("UPDATE person SET name = '悄悄改' WHERE region = ? AND seq = 1", region);
        dept().update("DELETE FROM person WHERE region = ? AND seq = 2", region);
        dept().update(
                        "INSERT INTO person (region, seq, name, changed_at) VALUES (?, 9, '迟到', '2000-01-01 00:00:00')",
                        region);
        assertThat(extraction.extractOnce(SOURCE)).isZero();

        JsonNode report = reconcile(SOURCE, "?repair=false");
        assertThat(report.path("side").asString()).isEqualTo("SOURCE");
        assertThat(strings(report.path("keys").path("changed")))
                .contains(region + "|1")
                .doesNotContain(region + "|3");
        assertThat(strings(report.path("keys").path("extra"))).contains(region + "|2");
        assertThat(strings(report.path("keys").path("missing")))
                .contains(region + "|9")
                .doesNotContain(region + "|3");
        assertThat(outbox(region)).as("report only").hasSize(3);

        JsonNode repaired = reconcile(SOURCE, "");
        assertThat(repaired.path("resent").asLong()).isGreaterThanOrEqualTo(3);
        List<Map<String, Object>> sent = outbox(region);
        assertThat(sent).hasSize(6);
        assertThat(sent.subList(3, 6))
                .extracting(r -> r.get("record_key") + " " + r.get("op"))
                .containsExactlyInAnyOrder(region + "|1 UPSERT", region + "|2 DELETE", region + "|9 UPSERT");
        // Above what was sent for the key before, so the hub and the subscribers take it.
        for (String key : List.of(region + "|1", region + "|2")) {
            List<Long> versions = sent.stream()
                    .filter(r -> r.get("record_key").equals(key))
                    .map(r -> ((Number) r.get("version")).longValue())
                    .toList();
            assertThat(versions).hasSize(2);
            assertThat(versions.get(1)).isGreaterThan(versions.get(0));
        }
    }

    @Test
    void onlyConfiguredResourcesAreReconciledAndAHubRefusalFailsTheRunWithItsReason() throws Exception {
        var unknown = post("/node/reconciliation/900002/000009", "", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"code\":\"RESOURCE_NOT_CONFIGURED\"");

        // No stub for the flagged resource's digest: WireMock answers 404, as a hub without the grant would 403.
        var started = post("/node/reconciliation/900002/000004", "", Map.of());
        assertThat(started.statusCode()).isEqualTo(202);
        String id = JSON.readTree(started.body()).path("reconciliationId").asString();
        JsonNode failed = await().atMost(WAIT)
                .until(
                        () -> JSON.readTree(
                                get("/node/reconciliation/runs/" + id).body()),
                        r -> !r.path("state").asString().equals("RUNNING"));
        assertThat(failed.path("state").asString()).isEqualTo("FAILED");
        assertThat(failed.path("error").asString()).contains("HTTP 404");
    }

    private JsonNode reconcile() throws Exception {
        return reconcile(PERSONS, "");
    }

    private JsonNode reconcile(String resource, String query) throws Exception {
        var started = post("/node/reconciliation/" + resource + query, "", Map.of());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = JSON.readTree(started.body()).path("reconciliationId").asString();
        return await().atMost(WAIT)
                .until(
                        () -> JSON.readTree(
                                get("/node/reconciliation/runs/" + id).body()),
                        r -> !r.path("state").asString().equals("RUNNING"));
    }

    /** The hub's digest, the keys of the buckets the test's changes fall in, a repair and the report. */
    private void stubHub(Map<String, Long> state) {
        stubHubFor(BASE, PERSONS, state);
        hub.stubFor(WireMock.post(urlEqualTo(BASE + "/repair"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"backfillId\":\"repair-1\",\"resourceCode\":\"" + PERSONS + "\",\"total\":2}")));
    }

    private void stubHubFor(String base, String resource, Map<String, Long> state) {
        KeyDigest digest = new KeyDigest();
        state.forEach(digest::add);
        hub.stubFor(WireMock.get(urlEqualTo(base + "/digest"))
                .willReturn(okJson(json(new ResourceDigest(resource, digest.keys(), digest.buckets())))));
        List<BucketKeys.KeyVersion> all = state.entrySet().stream()
                .map(e -> new BucketKeys.KeyVersion(e.getKey(), e.getValue()))
                .toList();
        // The node asks for the differing buckets; WireMock answers with every key and the node keeps to its buckets.
        hub.stubFor(WireMock.post(urlEqualTo(base + "/digest/keys"))
                .willReturn(okJson(json(new BucketKeys(List.of(), all)))));
        hub.stubFor(WireMock.post(urlEqualTo(base + "/reconciliations"))
                .willReturn(aResponse().withStatus(204)));
    }

    private static ExchangeRecord person(String id, String name) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idNumber", id);
        data.put("name", name);
        data.put("birthDate", "1990-01-02");
        data.put("score", 12.5);
        data.put("updatedAt", "2026-12-01T08:30:00.250");
        return new ExchangeRecord(id, RecordOp.UPSERT, 1, data);
    }

    private List<Map<String, Object>> outbox(String region) {
        return store.queryForList(
                "SELECT record_key, op, version FROM node_outbox WHERE resource_code = ? AND record_key LIKE ? ORDER BY id",
                SOURCE,
                region + "|%");
    }

    private long count(String where) {
        return dept().queryForObject("SELECT COUNT(*) FROM target_person WHERE " + where, Long.class);
    }

    private String name(String id) {
        List<String> names =
                dept().queryForList("SELECT name FROM target_person WHERE id_number = ?", String.class, id);
        return names.isEmpty() ? null : names.get(0);
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    private static String json(Object value) {
        return new String(ExchangeJson.encode(value), StandardCharsets.UTF_8);
    }
}
