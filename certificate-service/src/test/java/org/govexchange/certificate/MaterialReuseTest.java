package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 免提交: for a matter, which required materials the holder's certificates already cover. */
class MaterialReuseTest extends CertificateServiceTest {

    private static String household;
    private static String marriage;
    private static String degree;
    private static String matter;

    private void matter() {
        if (matter != null) {
            return;
        }
        household = registerPersonType(newTypeCode(), "户口簿", PSB);
        marriage = registerPersonType(newTypeCode(), "结婚证", AMR);
        degree = registerPersonType(newTypeCode(), "学位证", AMR);
        String code = "M-" + newTypeCode().substring(18);
        var created = api.post(
                "/api/certificates/matters",
                admin(),
                Map.of(
                        "matterCode",
                        code,
                        "name",
                        "测试事项",
                        "materials",
                        List.of(
                                Map.of("typeCode", household, "materialName", "户口簿"),
                                Map.of("typeCode", marriage, "materialName", "结婚证"),
                                Map.of("typeCode", degree, "materialName", "学位证书"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        matter = code;
    }

    @Test
    void eachRequiredMaterialIsSatisfiedOrSaysWhyNot() {
        matter();
        String holder = newPersonId();
        String valid = issue(PSB, household, holder).get("id").asString();
        Map<String, Object> expiredRequest = issueRequest(marriage, holder);
        expiredRequest.put("validFrom", "2010-01-01");
        expiredRequest.put("validTo", "2015-01-01");
        String expired = issue(AMR, expiredRequest).get("id").asString();
        String consent = consent(holder, List.of(household, marriage, degree), HRSS, matter, 3);

        JsonNode answer = materials(holder, consent, HRSS);
        assertThat(answer.get("matterName").asString()).isEqualTo("测试事项");
        assertThat(answer.get("remainingUses").asInt()).isEqualTo(2);
        JsonNode materials = answer.get("materials");
        assertThat(materials.findValuesAsString("status")).containsExactly("SATISFIED", "EXPIRED", "MISSING");
        assertThat(materials.get(0).get("certificateId").asString()).isEqualTo(valid);
        assertThat(materials.get(0).get("materialName").asString()).isEqualTo("户口簿");
        assertThat(materials.get(1).get("certificateId").asString()).isEqualTo(expired);
        assertThat(materials.get(2).get("certificateId")).isNull();

        // The holder sees the two certificates the clerk learned about.
        JsonNode usage = api.get("/api/certificates/holders/" + holder + "/usage", portal())
                .json();
        assertThat(usage.get("items").findValuesAsString("action"))
                .containsOnly("MATERIAL_CHECK")
                .hasSize(2);
    }

    @Test
    void aValidCertificateWinsOverARevokedOneAndARevokedOneAloneIsReported() {
        matter();
        String holder = newPersonId();
        String revoked = issue(PSB, household, holder).get("id").asString();
        api.post("/api/certificates/certificates/" + revoked + "/revocation", gateway(PSB), Map.of("reason", "迁出"));
        String consent = consent(holder, List.of(household), HRSS, matter, 5);

        JsonNode onlyRevoked = materials(holder, consent, HRSS).get("materials");
        assertThat(onlyRevoked.get(0).get("status").asString()).isEqualTo("REVOKED");
        assertThat(onlyRevoked.get(0).get("certificateId").asString()).isEqualTo(revoked);
        // Types outside the consent are not looked at.
        assertThat(onlyRevoked.get(1).get("status").asString()).isEqualTo("NOT_COVERED");
        assertThat(onlyRevoked.get(2).get("status").asString()).isEqualTo("NOT_COVERED");

        String reissued = issue(PSB, household, holder).get("id").asString();
        JsonNode withValid = materials(holder, consent, HRSS).get("materials");
        assertThat(withValid.get(0).get("status").asString()).isEqualTo("SATISFIED");
        assertThat(withValid.get(0).get("certificateId").asString()).isEqualTo(reissued);
    }

    @Test
    void theConsentMustBeForThisMatterAndTheCallerADepartmentSystem() {
        matter();
        String holder = newPersonId();
        String otherMatter = consent(holder, List.of(household), HRSS, "SOME-OTHER-MATTER", 5);
        var refused = api.get(materialsPath(holder, otherMatter), departmentSystem(HRSS));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("CONSENT_REQUIRED");
        assertThat(refused.json().get("reason").asString()).isEqualTo("OTHER_MATTER");

        var noConsent = api.get(
                "/api/certificates/matters/" + matter + "/materials?holderId=" + holder, departmentSystem(HRSS));
        assertThat(noConsent.code()).isEqualTo("CONSENT_REQUIRED");

        var portal = api.get(materialsPath(holder, otherMatter), portal());
        assertThat(portal.status()).isEqualTo(403);
        assertThat(portal.code()).isEqualTo("FORBIDDEN");

        var unknown = api.get("/api/certificates/matters/NO-SUCH/materials?holderId=" + holder, departmentSystem(HRSS));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("MATTER_NOT_FOUND");

        var configuredByDepartment = api.post(
                "/api/certificates/matters",
                departmentSystem(HRSS),
                Map.of(
                        "matterCode",
                        "X",
                        "name",
                        "x",
                        "materials",
                        List.of(Map.of("typeCode", household, "materialName", "x"))));
        assertThat(configuredByDepartment.status()).isEqualTo(403);

        var listed = api.get("/api/certificates/matters/" + matter, departmentSystem(HRSS));
        assertThat(listed.json().get("materials").findValuesAsString("typeCode"))
                .containsExactly(household, marriage, degree);
    }

    private JsonNode materials(String holder, String consent, String consumer) {
        var response = api.get(materialsPath(holder, consent), departmentSystem(consumer));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String materialsPath(String holder, String consent) {
        return "/api/certificates/matters/" + matter + "/materials?holderId=" + holder + "&consentId=" + consent;
    }
}
