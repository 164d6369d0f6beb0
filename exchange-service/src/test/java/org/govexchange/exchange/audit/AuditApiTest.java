package org.govexchange.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.govexchange.contracts.audit.AuditCsvVerifier;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.exchange.CatalogTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The auditor API over HTTP: who may read what, every filter, paging, stats, refusals. */
class AuditApiTest extends AuditTestSupport {

    @Autowired
    AuditCheckpointService checkpoints;

    @BeforeEach
    void sixEvents() {
        resetLog();
        appender.append(List.of(
                at(
                        "2026-11-22T08:00:01Z",
                        event(AuditKind.API_CALL, PSB, MCA, POPULATION).caseId("CASE-1")),
                at(
                        "2026-11-22T08:00:02Z",
                        event(AuditKind.API_CALL, AMR, MCA, POPULATION)
                                .result(AuditResult.DENIED)
                                .denialCode("GRANT_MISSING")
                                .recordCount(0L)),
                at(
                        "2026-11-23T01:00:00Z",
                        event(AuditKind.BATCH_ACCEPTED, MCA, MCA, POPULATION)
                                .purpose(null)
                                .batchId("b-1")
                                .recordCount(100L)),
                at(
                        "2026-11-23T02:00:00Z",
                        event(AuditKind.BATCH_DELIVERED, PSB, MCA, POPULATION)
                                .purpose(null)
                                .batchId("b-1")
                                .recordCount(100L)),
                at(
                        "2026-11-23T20:00:00Z",
                        event(AuditKind.API_CALL, PSB, AMR, LEGAL_ENTITY)
                                .purpose("企业登记核验")
                                .caseId("CASE-2")
                                .result(AuditResult.FAILED)
                                .denialCode("DOWNSTREAM_TIMEOUT")
                                .recordCount(0L)),
                at(
                        "2026-11-24T05:00:00Z",
                        event(AuditKind.GRANT_APPROVED, AMR, PSB, LEGAL_ENTITY)
                                .purpose(null)
                                .recordCount(null))));
    }

    @Test
    void auditorListsEverythingNewestFirstWithPurposeAndResult() throws Exception {
        JsonNode page = json(get("/api/exchange/audit/events", auditor()));

        assertThat(sequences(page)).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        JsonNode denied = page.get("items").get(4);
        assertThat(denied.get("result").asString()).isEqualTo("DENIED");
        assertThat(denied.get("denialCode").asString()).isEqualTo("GRANT_MISSING");
        assertThat(denied.get("purpose").asString()).isEqualTo("户籍核验");
        assertThat(denied.get("fields").get(1).asString()).isEqualTo("name");
        assertThat(denied.get("occurredAt").asString()).isEqualTo("2026-11-22T08:00:02Z");
        assertThat(denied.get("hash").asString()).hasSize(64);
        assertThat(page.get("hasNext").asBoolean()).isFalse();
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(50);
    }

    @Test
    void everyFilterSelectsWhatItNames() throws Exception {
        assertThat(list("from=2026-11-23T00:00:00Z")).containsExactly(6L, 5L, 4L, 3L);
        assertThat(list("to=2026-11-23T00:00:00Z")).containsExactly(2L, 1L);
        assertThat(list("from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z")).containsExactly(5L, 4L, 3L);
        assertThat(list("actorDept=" + PSB)).containsExactly(5L, 4L, 1L);
        assertThat(list("providerDept=" + MCA)).containsExactly(4L, 3L, 2L, 1L);
        assertThat(list("resource=" + encode(LEGAL_ENTITY))).containsExactly(6L, 5L);
        assertThat(list("purpose=" + encode("户籍核验"))).containsExactly(2L, 1L);
        assertThat(list("caseId=CASE-2")).containsExactly(5L);
        assertThat(list("result=DENIED")).containsExactly(2L);
        assertThat(list("result=FAILED")).containsExactly(5L);
        assertThat(list("result=ALLOWED")).containsExactly(6L, 4L, 3L, 1L);
        assertThat(list("kind=BATCH_ACCEPTED")).containsExactly(3L);
        assertThat(list("actorDept=" + PSB + "&resource=" + encode(POPULATION))).containsExactly(4L, 1L);
        assertThat(list("actorDept=nobody")).isEmpty();
    }

    @Test
    void pagesWithoutATotal() throws Exception {
        JsonNode first = json(get("/api/exchange/audit/events?size=2", auditor()));
        JsonNode last = json(get("/api/exchange/audit/events?size=2&page=3", auditor()));
        JsonNode beyond = json(get("/api/exchange/audit/events?size=2&page=4", auditor()));

        assertThat(sequences(first)).containsExactly(6L, 5L);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(sequences(last)).containsExactly(2L, 1L);
        assertThat(last.get("hasNext").asBoolean()).isFalse();
        assertThat(sequences(beyond)).isEmpty();
        assertThat(first.has("total")).isFalse();
    }

    @Test
    void departmentAdminSeesOnlyEventsWhereItsDepartmentActsOrProvides() throws Exception {
        String amrAdmin = deptAdmin(AMR);

        assertThat(sequences(json(get("/api/exchange/audit/events", amrAdmin)))).containsExactly(6L, 5L, 2L);
        assertThat(sequences(json(get("/api/exchange/audit/events?actorDept=" + PSB, amrAdmin))))
                .containsExactly(5L);
        assertThat(sequences(json(get("/api/exchange/audit/events?providerDept=" + MCA, amrAdmin))))
                .containsExactly(2L);

        // MCA both acts and provides in event 3: listed once; pages of a department page like any other.
        String mcaAdmin = deptAdmin(MCA);
        assertThat(sequences(json(get("/api/exchange/audit/events", mcaAdmin)))).containsExactly(4L, 3L, 2L, 1L);
        JsonNode first = json(get("/api/exchange/audit/events?size=2", mcaAdmin));
        JsonNode second = json(get("/api/exchange/audit/events?size=2&page=2", mcaAdmin));
        assertThat(sequences(first)).containsExactly(4L, 3L);
        assertThat(first.get("hasNext").asBoolean()).isTrue();
        assertThat(sequences(second)).containsExactly(2L, 1L);
        assertThat(second.get("hasNext").asBoolean()).isFalse();
        assertThat(sequences(json(get("/api/exchange/audit/events?result=DENIED&from=2026-11-22T08:00:02Z", mcaAdmin))))
                .containsExactly(2L);

        String csv = get("/api/exchange/audit/events.csv", amrAdmin).body();
        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactly("2", "5", "6");

        JsonNode stats = json(get("/api/exchange/audit/stats?groupBy=actorDept", amrAdmin));
        assertThat(stats.findValuesAsString("key")).containsExactly(PSB, AMR);
        assertThat(stats.get(1).get("events").asLong()).isEqualTo(2);

        var verification = post("/api/exchange/audit/verification", amrAdmin);
        assertThat(verification.statusCode()).isEqualTo(403);
        assertThat(verification.body()).contains("\"code\":\"FORBIDDEN\"");
    }

    @Test
    void everyoneElseIsRefused() throws Exception {
        List<String> paths = List.of(
                "/api/exchange/audit/events",
                "/api/exchange/audit/events.csv",
                "/api/exchange/audit/stats?groupBy=day");
        List<String> others = List.of(
                CatalogTokens.token("platform-root", null, "PLATFORM_ADMIN"),
                CatalogTokens.token("psb-case-system", PSB, "DEPT_SYSTEM"),
                CatalogTokens.token("ops", null, "OPERATOR"),
                CatalogTokens.token("gateway", null, "SERVICE"),
                // A department admin not bound to a department has nothing to be confined to.
                CatalogTokens.token("loose-admin", null, "DEPT_ADMIN"));
        for (String token : others) {
            for (String path : paths) {
                var response = get(path, token);
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(response.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.body()).contains("\"code\":\"FORBIDDEN\"");
            }
            assertThat(post("/api/exchange/audit/verification", token).statusCode())
                    .isEqualTo(403);
        }
        for (String path : paths) {
            var anonymous = get(path, null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).contains("\"code\":\"TOKEN_INVALID\"");
        }
        assertThat(post("/api/exchange/audit/verification", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/exchange/audit/events", "not.a.token").statusCode())
                .isEqualTo(401);
    }

    @Test
    void invalidParametersAreValidationProblemsNeverServerErrors() throws Exception {
        for (String query : List.of(
                "events?size=0",
                "events?size=501",
                "events?page=0",
                "events?result=MAYBE",
                "events?kind=SOMETHING",
                "events?from=yesterday",
                "events?from=2026-11-23T00:00:00Z&to=2026-11-22T00:00:00Z",
                // Beyond the database's calendar a bound once filtered nothing and answered 200 with everything.
                "events?from=%2B999999999-01-01T00:00:00Z",
                "events?to=-000001-01-01T00:00:00Z",
                "events.csv?from=1899-12-31T23:59:59Z",
                "events?actorDept=" + "x".repeat(65),
                "events.csv?size=0",
                "events.csv?to=2026-11-22",
                "stats",
                "stats?groupBy=weekday",
                "stats?groupBy=day&utcOffset=Asia/Shanghai")) {
            var response = get("/api/exchange/audit/" + query, auditor());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("\"code\":\"VALIDATION_FAILED\"");
        }
    }

    @Test
    void statsCountEventsDenialsAndRecordsPerGroup() throws Exception {
        JsonNode byActor = json(get("/api/exchange/audit/stats?groupBy=actorDept", auditor()));
        // Keys sort byte-wise: 111... (PSB) < 121... (AMR) < 913... (MCA).
        assertThat(byActor.findValuesAsString("key")).containsExactly(PSB, AMR, MCA);
        JsonNode psb = byActor.get(0);
        assertThat(psb.get("events").asLong()).isEqualTo(3);
        assertThat(psb.get("denied").asLong()).isZero();
        assertThat(psb.get("failed").asLong()).isEqualTo(1);
        assertThat(psb.get("records").asLong()).isEqualTo(101);
        JsonNode amr = byActor.get(1);
        assertThat(amr.get("events").asLong()).isEqualTo(2);
        assertThat(amr.get("denied").asLong()).isEqualTo(1);

        JsonNode byProvider = json(get("/api/exchange/audit/stats?groupBy=providerDept", auditor()));
        assertThat(byProvider.findValuesAsString("key")).containsExactly(PSB, AMR, MCA);
        assertThat(byProvider.get(2).get("events").asLong()).isEqualTo(4);

        JsonNode byResource =
                json(get("/api/exchange/audit/stats?groupBy=resource&from=2026-11-23T00:00:00Z", auditor()));
        assertThat(byResource.findValuesAsString("key")).containsExactly(POPULATION, LEGAL_ENTITY);
        assertThat(byResource.get(0).get("records").asLong()).isEqualTo(200);

        JsonNode byUtcDay = json(get("/api/exchange/audit/stats?groupBy=day", auditor()));
        assertThat(byUtcDay.findValuesAsString("key")).containsExactly("2026-11-22", "2026-11-23", "2026-11-24");
        assertThat(byUtcDay.get(0).get("events").asLong()).isEqualTo(2);
        assertThat(byUtcDay.get(1).get("events").asLong()).isEqualTo(3);
        // 2026-11-23T20:00Z is already the 24th in Beijing.
        JsonNode byBeijingDay =
                json(get("/api/exchange/audit/stats?groupBy=day&utcOffset=" + encode("+08:00"), auditor()));
        assertThat(byBeijingDay.findValuesAsString("key")).containsExactly("2026-11-22", "2026-11-23", "2026-11-24");
        assertThat(byBeijingDay.get(1).get("events").asLong()).isEqualTo(2);
        assertThat(byBeijingDay.get(2).get("events").asLong()).isEqualTo(2);
    }

    @Test
    void hubKeyIsPublishedToAnyAuthenticatedCallerAndVerifiesCheckpoints() throws Exception {
        assertThat(get("/api/exchange/keys/hub", null).statusCode()).isEqualTo(401);
        var response = get("/api/exchange/keys/hub", CatalogTokens.token("psb-case-system", PSB, "DEPT_SYSTEM"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode key = json(response);
        assertThat(key.get("algorithm").asString()).isEqualTo("Ed25519");
        assertThat(key.get("jwk").get("kty").asString()).isEqualTo("OKP");
        assertThat(key.get("jwk").get("crv").asString()).isEqualTo("Ed25519");
        assertThat(key.get("jwk").get("kid").asString())
                .isEqualTo(key.get("keyId").asString());

        AuditCheckpoint checkpoint = checkpoints.checkpoint().orElseThrow();
        String pem = key.get("publicKeyPem").asString();
        byte[] der = Base64.getMimeDecoder()
                .decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
        verifier.update((checkpoint.getSequence() + "\n" + checkpoint.getHash()).getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(checkpoint.getSignature())))
                .isTrue();
        assertThat(checkpoint.getKeyId()).isEqualTo(key.get("keyId").asString());
    }

    @Test
    void apiDescriptionListsTheEndpointsButNotTheCallerParameter() throws Exception {
        String openApi = get("/v3/api-docs", null).body();

        assertThat(openApi)
                .contains("/api/exchange/audit/events.csv")
                .contains("/api/exchange/audit/verification")
                .contains("/api/exchange/keys/hub")
                .contains("\"groupBy\"")
                .doesNotContain("CurrentCaller")
                // The caller's members never become request parameters (hub views do have a departmentCode member).
                .doesNotContain("\"name\":\"departmentCode\"")
                .doesNotContain("\"name\":\"roles\"")
                .doesNotContain("\"name\":\"caller\"");
    }

    @Test
    void exportedCsvVerifiesOfflineAndShowsTampering(@TempDir Path dir) throws Exception {
        var full = get("/api/exchange/audit/events.csv", auditor());
        assertThat(full.body()).startsWith("\uFEFFsequence,event_id,occurred_at,kind,");
        Path fullFile = Files.writeString(dir.resolve("full.csv"), full.body(), StandardCharsets.UTF_8);
        assertThat(verifyOffline("--contiguous", fullFile.toString()))
                .startsWith("0:verified 6 events (sequence 1..6)");

        Path tampered = Files.writeString(
                dir.resolve("tampered.csv"), full.body().replace("企业登记核验", "企业登记核査"), StandardCharsets.UTF_8);
        assertThat(verifyOffline(tampered.toString())).startsWith("1:BROKEN at sequence 5: hash does not match");

        var department = get("/api/exchange/audit/events.csv?resource=" + encode(POPULATION), deptAdmin(AMR));
        Path departmentFile = Files.writeString(dir.resolve("amr.csv"), department.body(), StandardCharsets.UTF_8);
        assertThat(verifyOffline(departmentFile.toString()))
                .startsWith("0:verified 1 events (sequence 2..2)")
                .contains("links to a row outside this file");
    }

    private static String verifyOffline(String... args) {
        var bytes = new ByteArrayOutputStream();
        int exit = AuditCsvVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return exit + ":" + bytes.toString(StandardCharsets.UTF_8);
    }

    private List<Long> list(String query) throws Exception {
        var response = get("/api/exchange/audit/events?" + query, auditor());
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return sequences(json(response));
    }

    private static List<Long> sequences(JsonNode page) {
        List<Long> sequences = new ArrayList<>();
        page.get("items").forEach(item -> sequences.add(item.get("sequence").asLong()));
        return sequences;
    }

    private static AuditEvent at(String time, AuditEvent.Builder builder) {
        return builder.occurredAt(Instant.parse(time)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
