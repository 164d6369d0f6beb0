package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 用证授权 and 用证记录: a consumer sees a holder's certificates only as far as the holder allowed. */
class ConsentTest extends CertificateServiceTest {

    private static String typeA;
    private static String typeB;

    private void types() {
        if (typeA == null) {
            typeA = registerPersonType(newTypeCode(), "甲证", AMR);
            typeB = registerPersonType(newTypeCode(), "乙证", PSB);
        }
    }

    @Test
    void withoutAConsentTheListIsRefused() {
        types();
        String holder = newPersonId();
        issue(AMR, typeA, holder);
        var response = api.get("/api/certificates/certificates?holderId=" + holder, gateway(HRSS));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("CONSENT_REQUIRED");
        assertThat(response.json().get("reason").asString()).isEqualTo("NONE");

        var unknown = api.get(
                "/api/certificates/certificates?holderId=" + holder + "&consentId=00000000-0000-0000-0000-000000000000",
                gateway(HRSS));
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.code()).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void aConsentShowsOnlyTheTypesItCoversAndEachUseCounts() {
        types();
        String holder = newPersonId();
        String a = issue(AMR, typeA, holder).get("id").asString();
        issue(PSB, typeB, holder);
        String consent = consent(holder, List.of(typeA), HRSS, "MATTER-1", 2);

        JsonNode first = list(holder, consent, HRSS);
        assertThat(first.get("certificates").findValuesAsString("certificateId"))
                .containsExactly(a);
        assertThat(first.get("remainingUses").asInt()).isEqualTo(1);
        assertThat(first.get("matterCode").asString()).isEqualTo("MATTER-1");

        assertThat(list(holder, consent, HRSS).get("remainingUses").asInt()).isZero();

        var exhausted = api.get(listPath(holder, consent), gateway(HRSS));
        assertThat(exhausted.status()).isEqualTo(403);
        assertThat(exhausted.code()).isEqualTo("CONSENT_REQUIRED");
        assertThat(exhausted.json().get("reason").asString()).isEqualTo("EXHAUSTED");

        JsonNode view =
                api.get("/api/certificates/consents/" + consent, portal()).json();
        assertThat(view.get("remainingUses").asInt()).isZero();
        assertThat(view.get("status").asString()).isEqualTo("EXHAUSTED");
    }

    @Test
    void concurrentRequestsCannotUseMoreThanMaxUses() throws Exception {
        types();
        String holder = newPersonId();
        issue(AMR, typeA, holder);
        String consent = consent(holder, List.of(typeA), HRSS, "MATTER-RACE", 3);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                statuses.add(pool.submit(
                        () -> api.get(listPath(holder, consent), gateway(HRSS)).status()));
            }
            List<Integer> answered = new ArrayList<>();
            for (var status : statuses) {
                answered.add(status.get());
            }
            assertThat(answered).containsOnly(200, 403);
            assertThat(answered.stream().filter(s -> s == 200)).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select remaining_uses from consent where consent_id = ?", Integer.class, consent))
                .isZero();
    }

    @Test
    void aConsentIsForOneConsumerAndOneHolder() {
        types();
        String holder = newPersonId();
        issue(AMR, typeA, holder);
        String consent = consent(holder, List.of(typeA), HRSS, "MATTER-1", 5);

        var otherDepartment = api.get(listPath(holder, consent), gateway(PSB));
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat(otherDepartment.code()).isEqualTo("CONSENT_REQUIRED");

        var otherHolder = api.get(listPath(newPersonId(), consent), gateway(HRSS));
        assertThat(otherHolder.status()).isEqualTo(403);

        // Refusals do not use the consent up.
        assertThat(api.get("/api/certificates/consents/" + consent, portal())
                        .json()
                        .get("remainingUses")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void aWithdrawnOrExpiredConsentNoLongerWorks() {
        types();
        String holder = newPersonId();
        issue(AMR, typeA, holder);
        String withdrawn = consent(holder, List.of(typeA), HRSS, "MATTER-1", 5);
        assertThat(api.delete("/api/certificates/consents/" + withdrawn, portal())
                        .status())
                .isEqualTo(204);
        var afterWithdrawal = api.get(listPath(holder, withdrawn), gateway(HRSS));
        assertThat(afterWithdrawal.status()).isEqualTo(403);
        assertThat(afterWithdrawal.json().get("reason").asString()).isEqualTo("WITHDRAWN");

        String expired = consent(holder, List.of(typeA), HRSS, "MATTER-1", 5);
        // Time passes: the consent's validUntil is behind us.
        jdbc.update(
                "update consent set valid_until = ? where consent_id = ?",
                Timestamp.valueOf("2020-01-01 00:00:00"),
                expired);
        var afterExpiry = api.get(listPath(holder, expired), gateway(HRSS));
        assertThat(afterExpiry.status()).isEqualTo(403);
        assertThat(afterExpiry.json().get("reason").asString()).isEqualTo("EXPIRED");

        List<String> statuses = api.get("/api/certificates/consents?holderId=" + holder, portal())
                .json()
                .findValuesAsString("status");
        assertThat(statuses).containsExactlyInAnyOrder("WITHDRAWN", "EXPIRED");
    }

    @Test
    void aConsentRunsAtMostThirtyDaysAndNamesTypesOrOneCertificate() {
        types();
        Map<String, Object> request = consentRequest(newPersonId(), HRSS, "MATTER-1", Duration.ofDays(31), 1);
        request.put("typeCodes", List.of(typeA));
        var tooLong = api.post("/api/certificates/consents", portal(), request);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("CONSENT_INVALID");

        request.put("validUntil", Instant.now().plus(Duration.ofDays(29)).toString());
        request.put("certificateId", "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U");
        assertThat(api.post("/api/certificates/consents", portal(), request).code())
                .isEqualTo("CONSENT_INVALID");

        request.remove("certificateId");
        request.put("typeCodes", List.of("11100000000013338W998"));
        assertThat(api.post("/api/certificates/consents", portal(), request).code())
                .isEqualTo("CERTIFICATE_TYPE_NOT_FOUND");

        request.put("typeCodes", List.of(typeA));
        request.put("holderId", "110105194912310021");
        assertThat(api.post("/api/certificates/consents", portal(), request).code())
                .isEqualTo("ID_NUMBER_CHECKSUM");

        var byDepartment = api.post("/api/certificates/consents", departmentSystem(HRSS), request);
        assertThat(byDepartment.status()).isEqualTo(403);
        assertThat(byDepartment.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aConsentForOneCertificateCoversThatCertificateOnly() {
        types();
        String holder = newPersonId();
        String covered = issue(AMR, typeA, holder).get("id").asString();
        String other = issue(AMR, typeA, holder).get("id").asString();
        Map<String, Object> request = consentRequest(holder, HRSS, "MATTER-2", Duration.ofDays(1), 3);
        request.put("certificateId", covered);
        String consent = createConsent(request);

        var read = api.get("/api/certificates/certificates/" + covered + "?consentId=" + consent, gateway(HRSS));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        var notCovered = api.get("/api/certificates/certificates/" + other + "?consentId=" + consent, gateway(HRSS));
        assertThat(notCovered.status()).isEqualTo(403);
        assertThat(notCovered.json().get("reason").asString()).isEqualTo("NOT_COVERED");
        var withoutConsent = api.get("/api/certificates/certificates/" + covered, gateway(HRSS));
        assertThat(withoutConsent.status()).isEqualTo(403);
        assertThat(withoutConsent.code()).isEqualTo("CONSENT_REQUIRED");

        assertThat(list(holder, consent, HRSS).get("certificates").findValuesAsString("certificateId"))
                .containsExactly(covered);
        // One successful read and one list: the refused read gave its use back.
        assertThat(api.get("/api/certificates/consents/" + consent, portal())
                        .json()
                        .get("remainingUses")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theHolderSeesWhoUsedTheirCertificates() {
        types();
        String holder = newPersonId();
        String a = issue(AMR, typeA, holder).get("id").asString();
        String consent = consent(holder, List.of(typeA), HRSS, "MATTER-USAGE", 3);
        list(holder, consent, HRSS);
        api.get("/api/certificates/certificates/" + a + "/verification", gateway(PSB));

        var usage = api.get("/api/certificates/holders/" + holder + "/usage", portal());
        assertThat(usage.status()).as(usage.body()).isEqualTo(200);
        JsonNode items = usage.json().get("items");
        assertThat(usage.json().get("total").asInt()).isEqualTo(2);
        JsonNode verify = items.get(0);
        assertThat(verify.get("action").asString()).isEqualTo("VERIFY");
        assertThat(verify.get("consumerDept").asString()).isEqualTo(PSB);
        JsonNode retrieval = items.get(1);
        assertThat(retrieval.get("action").asString()).isEqualTo("RETRIEVE");
        assertThat(retrieval.get("certificateId").asString()).isEqualTo(a);
        assertThat(retrieval.get("consumerDept").asString()).isEqualTo(HRSS);
        assertThat(retrieval.get("matterCode").asString()).isEqualTo("MATTER-USAGE");
        assertThat(retrieval.get("consentId").asString()).isEqualTo(consent);
        assertThat(retrieval.get("purpose").asString()).isEqualTo("TEST_PURPOSE");
        assertThat(retrieval.get("typeName").asString()).isEqualTo("甲证");
        assertThat(retrieval.get("usedAt")).isNotNull();

        var byDepartment = api.get("/api/certificates/holders/" + holder + "/usage", departmentSystem(HRSS));
        assertThat(byDepartment.status()).isEqualTo(403);
    }

    private JsonNode list(String holder, String consent, String consumer) {
        var response = api.get(listPath(holder, consent), gateway(consumer));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String listPath(String holder, String consent) {
        return "/api/certificates/certificates?holderId=" + holder + "&consentId=" + consent;
    }
}
