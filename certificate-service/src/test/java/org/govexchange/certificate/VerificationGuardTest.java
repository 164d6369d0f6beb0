package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.govexchange.certificate.Api.Caller;
import org.govexchange.contracts.grant.Masking;
import org.junit.jupiter.api.Test;

/**
 * Verification confirms that an identifier exists: it needs a grant covering what it reveals or the holder's
 * consent, is limited per department and audited, and only a real use reaches the holder's history.
 */
class VerificationGuardTest extends CertificateServiceTest {

    private String type() {
        return amrPersonType("核验测试证");
    }

    @Test
    void withoutGrantOrConsentItIsRefusedAndNothingReachesTheHoldersHistory() {
        String holder = newPersonId();
        String id = issue(AMR, type(), holder).get("id").asString();
        Caller noGrant = Caller.writer(PSB);
        Caller tooNarrow = Caller.department(PSB, Map.of("certificateId", Masking.NONE, "status", Masking.NONE));
        Caller masked = Caller.department(
                PSB, Map.of("certificateId", Masking.NONE, "status", Masking.FULL, "expiryDate", Masking.NONE));
        for (Caller caller : List.of(noGrant, tooNarrow, masked)) {
            var refused = api.get("/api/certificates/certificates/" + id + "/verification", caller);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("VERIFICATION_NOT_AUTHORISED");
            assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        // An unknown id answers the same to such a caller: no existence oracle.
        var unknown = api.get(
                "/api/certificates/certificates/1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U"
                        + "/verification",
                noGrant);
        assertThat(unknown.code()).isEqualTo("VERIFICATION_NOT_AUTHORISED");

        assertThat(usageRows(holder)).isZero();
        // The refusals are audited, in a transaction of their own.
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_event where payload like ? and payload like ?",
                        Integer.class,
                        "%VERIFY " + id + "%",
                        "%VERIFICATION_NOT_AUTHORISED%"))
                .isEqualTo(3);
    }

    @Test
    void underAGrantItAnswersAndRecordsTheUse() {
        String holder = newPersonId();
        String id = issue(AMR, type(), holder).get("id").asString();
        Caller granted = Caller.department(
                PSB, Map.of("certificateId", Masking.NONE, "status", Masking.NONE, "expiryDate", Masking.NONE));
        var verified = api.get("/api/certificates/certificates/" + id + "/verification", granted);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("signatureValid").asBoolean()).isTrue();
        assertThat(verified.json().get("status").asString()).isEqualTo("VALID");
        assertThat(usageRows(holder)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_event where event_type = 'CERTIFICATE_USED' and payload like ?",
                        Integer.class,
                        "%VERIFY " + id + "%ALLOWED%"))
                .isEqualTo(1);

        // An unknown id under a grant: 404, and nobody's history changes.
        var unknown = api.get(
                "/api/certificates/certificates/1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U"
                        + "/verification",
                granted);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("CERTIFICATE_NOT_FOUND");
    }

    @Test
    void withTheHoldersConsentItAnswersAndTakesAUse() {
        String holder = newPersonId();
        String id = issue(AMR, type(), holder).get("id").asString();
        String otherHoldersId = issue(AMR, type(), newPersonId()).get("id").asString();
        String consent = consent(holder, List.of(type()), HRSS, "MATTER-VERIFY", 3);
        Caller noGrant = Caller.writer(HRSS);

        var verified = api.get("/api/certificates/certificates/" + id + "/verification?consentId=" + consent, noGrant);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("status").asString()).isEqualTo("VALID");
        assertThat(jdbc.queryForObject(
                        "select matter_code from certificate_usage where certificate_id = ? and action = 'VERIFY'",
                        String.class,
                        id))
                .isEqualTo("MATTER-VERIFY");

        // Another holder's certificate and an unknown id are the same refusal, and give their use back.
        for (String notCovered :
                List.of(otherHoldersId, "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U")) {
            var refused = api.get(
                    "/api/certificates/certificates/" + notCovered + "/verification?consentId=" + consent, noGrant);
            assertThat(refused.status()).as(notCovered).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("CONSENT_REQUIRED");
            assertThat(refused.json().get("reason").asString()).isEqualTo("NOT_COVERED");
        }
        assertThat(api.get("/api/certificates/consents/" + consent, portal())
                        .json()
                        .get("remainingUses")
                        .asInt())
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate_usage where certificate_id = ?",
                        Integer.class,
                        otherHoldersId))
                .isZero();
    }

    @Test
    void aDocumentChecksWithABearerTokenNeedTheHoldersConsent() {
        String holder = newPersonId();
        String id = issue(AMR, type(), holder).get("id").asString();
        String document = api.get("/api/certificates/certificates/" + id + "/document", gateway(AMR))
                .body();

        var refused = api.post("/api/certificates/verification", departmentSystem(HRSS), document);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("VERIFICATION_NOT_AUTHORISED");
        assertThat(verifications(holder)).isZero();

        String consent = consent(holder, List.of(type()), HRSS, "MATTER-DOC", 2);
        var checked = api.post("/api/certificates/verification?consentId=" + consent, departmentSystem(HRSS), document);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("signatureValid").asBoolean()).isTrue();
        assertThat(checked.json().get("status").asString()).isEqualTo("VALID");
        assertThat(verifications(holder)).isEqualTo(1);

        // Another department's consent does not open it.
        var otherDepartment =
                api.post("/api/certificates/verification?consentId=" + consent, departmentSystem(PSB), document);
        assertThat(otherDepartment.status()).isEqualTo(403);
        assertThat(otherDepartment.code()).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void overTheLimitADepartmentIsToldWhenToComeBack() {
        String id = issue(AMR, type(), newPersonId()).get("id").asString();
        // A department of its own, so the other tests' calls do not count here.
        String dept = newOrganisationId();
        Caller refusedCaller = Caller.writer(dept);
        String path = "/api/certificates/certificates/" + id + "/verification";
        for (int i = 0; i < 60; i++) {
            assertThat(api.get(path, refusedCaller).status()).as("call %d", i).isEqualTo(403);
        }
        var limited = api.get(path, refusedCaller);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("VERIFICATION_RATE_LIMITED");
        assertThat(limited.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(
                        limited.raw().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);

        // Refused calls count too: a grant does not reset the department's window.
        var granted = api.get(path, Caller.department(dept));
        assertThat(granted.status()).isEqualTo(429);
        // Another department is not affected.
        assertThat(api.get(path, Caller.department(newOrganisationId())).status())
                .isEqualTo(200);
    }

    /** The holder's history apart from the document export, which is a use of its own. */
    private int verifications(String holder) {
        return jdbc.queryForObject(
                "select count(*) from certificate_usage where holder_id = ? and action = 'VERIFY'",
                Integer.class,
                holder);
    }

    private int usageRows(String holder) {
        return jdbc.queryForObject("select count(*) from certificate_usage where holder_id = ?", Integer.class, holder);
    }
}
