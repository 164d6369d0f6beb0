package org.govexchange.catalog.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;

/** Department registration (credit-code validation, system client), lookup and suspension. */
class DepartmentTest extends CatalogApiTest {

    @Test
    void registeringADepartmentReturnsAWorkingSystemClientOnce() throws Exception {
        String code = newCreditCode();

        Response response = post("/api/catalog/departments", adminToken(), body(code));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat((String) response.read("$.department.code")).isEqualTo(code);
        assertThat((String) response.read("$.department.status")).isEqualTo("ACTIVE");
        assertThat((String) response.read("$.systemClient.clientId")).isEqualTo(code.toLowerCase() + "-system");
        assertThat((String) response.read("$.systemClient.departmentCode")).isEqualTo(code);
        String secret = response.read("$.systemClient.clientSecret");
        assertThat(requestToken(code.toLowerCase() + "-system", secret).statusCode())
                .isEqualTo(200);

        Response shown = get("/api/catalog/departments/" + code, adminToken());
        assertThat(shown.status()).isEqualTo(200);
        assertThat((String) shown.read("$.name")).isEqualTo("测试局");
        assertThat(shown.body()).doesNotContain(secret);

        var events = awaitRecords(
                "gx.catalog.events",
                r -> code.equals(r.key()) && r.value().contains("\"type\":\"DEPARTMENT_REGISTERED\""));
        assertThat(events).hasSize(1);
    }

    @Test
    void theWrongCheckCharacterOfTheReferenceCodeIsRefused() {
        // 91350100M000100Y43 is valid (AcceptanceFlowTest registers it); ...Y4Z has a wrong check character.
        Response bad = post("/api/catalog/departments", adminToken(), body("91350100M000100Y4Z"));
        assertProblem(bad, 400, CreditCodes.CHECKSUM);
    }

    @Test
    void creditCodeFormatErrorsAreReported() {
        assertProblem(post("/api/catalog/departments", adminToken(), body("91350100M000100")), 400, CreditCodes.FORMAT);
        assertProblem(
                post("/api/catalog/departments", adminToken(), body("91350100MOOO100Y43")), 400, CreditCodes.FORMAT);
    }

    @Test
    void aWrongNestedOrganisationCodeCheckIsAChecksumError() {
        String valid = newCreditCode();
        char wrong = valid.charAt(16) == '0' ? '1' : '0';
        String first17 = valid.substring(0, 16) + wrong;
        // Recompute character 18 so only the GB 11714 check of characters 9-17 is wrong.
        String code = null;
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            String candidate = first17 + c;
            if (CreditCodes.check(candidate)
                    .map(v -> v.message().contains("GB 11714"))
                    .orElse(false)) {
                code = candidate;
                break;
            }
        }
        assertThat(code).isNotNull();
        assertProblem(post("/api/catalog/departments", adminToken(), body(code)), 400, CreditCodes.CHECKSUM);
    }

    @Test
    void duplicatesUnknownParentsAndMissingFieldsAreClientErrors() {
        String code = newCreditCode();
        assertThat(post("/api/catalog/departments", adminToken(), body(code)).status())
                .isEqualTo(201);
        assertProblem(post("/api/catalog/departments", adminToken(), body(code)), 409, DepartmentService.EXISTS);

        Map<String, Object> orphan = new HashMap<>(body(newCreditCode()));
        orphan.put("parentCode", newCreditCode());
        assertProblem(post("/api/catalog/departments", adminToken(), orphan), 422, DepartmentService.PARENT_NOT_FOUND);

        assertProblem(
                post("/api/catalog/departments", adminToken(), Map.of("code", newCreditCode())),
                400,
                ProblemCodes.VALIDATION_FAILED);
        assertProblem(
                post(
                        "/api/catalog/departments",
                        adminToken(),
                        Map.of("code", newCreditCode(), "name", "x", "level", "GALAXY", "contact", "x")),
                400,
                ProblemCodes.MALFORMED_REQUEST);
        assertProblem(
                get("/api/catalog/departments/" + newCreditCode(), adminToken()), 404, DepartmentService.NOT_FOUND);
    }

    @Test
    void aFailedRegistrationLeavesNothingBehind() {
        Dept existing = newDepartment("已有局");
        String code = newCreditCode();
        Map<String, Object> clash = new HashMap<>(body(code));
        clash.put("systemClientId", existing.systemId());

        assertProblem(post("/api/catalog/departments", adminToken(), clash), 409, "ACCOUNT_EXISTS");

        assertThat(jdbc.queryForObject("select count(*) from department where code = ?", Integer.class, code))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where message_key = ?", Integer.class, code))
                .isZero();
    }

    @Test
    void onlyAPlatformAdminRegistersOrChangesDepartments() {
        Dept dept = newDepartment("权限测试局");
        assertProblem(
                post("/api/catalog/departments", adminTokenOf(dept), body(newCreditCode())),
                403,
                ProblemCodes.FORBIDDEN);
        assertProblem(
                patch("/api/catalog/departments/" + dept.code(), adminTokenOf(dept), Map.of("status", "SUSPENDED")),
                403,
                ProblemCodes.FORBIDDEN);
    }

    @Test
    void aSuspendedDepartmentsTokensStopWorkingAndItGetsNoNewOnes() throws Exception {
        Dept dept = newDepartment("暂停测试局");
        String token = token(dept.systemId(), dept.systemSecret());
        assertThat(get("/api/catalog/resources", token).status()).isEqualTo(200);

        Response suspended =
                patch("/api/catalog/departments/" + dept.code(), adminToken(), Map.of("status", "SUSPENDED"));

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat((String) suspended.read("$.status")).isEqualTo("SUSPENDED");
        assertProblem(get("/api/catalog/resources", token), 401, "DEPARTMENT_SUSPENDED");
        assertThat(requestToken(dept.systemId(), dept.systemSecret()).statusCode())
                .isEqualTo(401);
        var events = awaitRecords(
                "gx.catalog.events",
                r -> dept.code().equals(r.key()) && r.value().contains("\"type\":\"DEPARTMENT_SUSPENDED\""));
        assertThat(events.get(0).value()).contains("\"status\":\"SUSPENDED\"");
        awaitRecords(
                "gx.audit",
                r -> r.value().contains("\"kind\":\"DEPARTMENT_STATUS_CHANGED\"")
                        && r.value().contains(dept.code()));

        patch("/api/catalog/departments/" + dept.code(), adminToken(), Map.of("status", "ACTIVE"));
        assertThat(get("/api/catalog/resources", token).status()).isEqualTo(200);
    }

    private static Map<String, Object> body(String code) {
        return Map.of("code", code, "name", "测试局", "level", "DISTRICT", "contact", "王科长 0591-12345678");
    }
}
