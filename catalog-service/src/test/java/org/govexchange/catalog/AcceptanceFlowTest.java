package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.account;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The acceptance walk-through, step by step as the curl smoke test does it against the running stack
 * (docs/catalog-service.md lists the same requests as curl commands).
 */
class AcceptanceFlowTest extends CatalogApiTest {

    @Test
    void fromAdminTokenToAListedGrant() {
        String admin = adminToken();

        // Create a department; a bad check character is refused.
        assertProblem(
                post("/api/catalog/departments", admin, department("91350100M000100Y4Z", "市测试局")),
                400,
                "CREDIT_CODE_CHECKSUM");
        Response provider = post("/api/catalog/departments", admin, department("91350100M000100Y43", "市数据提供局"));
        assertThat(provider.status()).as(provider.body()).isEqualTo(201);
        String providerCode = provider.read("$.department.code");
        Response providerAdmin =
                post("/api/catalog/accounts", admin, account("acceptance-provider-admin", providerCode, "DEPT_ADMIN"));
        assertThat(providerAdmin.status()).isEqualTo(201);
        String providerToken = token("acceptance-provider-admin", providerAdmin.read("$.clientSecret"));

        // Create and publish a CONDITIONAL resource.
        Response resource = post(
                "/api/catalog/resources",
                providerToken,
                resourceBody(providerCode, "CONDITIONAL", "/api/acceptance/" + UUID.randomUUID()));
        assertThat(resource.status()).as(resource.body()).isEqualTo(201);
        String code = resource.read("$.code");
        assertThat(post("/api/catalog/resources/" + code + "/publish", providerToken, null)
                        .status())
                .isEqualTo(200);

        // A second department applies.
        Dept consumer = newDepartment("市数据使用局");
        Response application = post(
                "/api/catalog/applications",
                adminTokenOf(consumer),
                Map.of(
                        "resourceCode",
                        code,
                        "fields",
                        List.of("idNumber", "name"),
                        "purposeCode",
                        "BUSINESS_LICENCE",
                        "purpose",
                        "办理营业执照时核验法定代表人身份",
                        "mode",
                        "API",
                        "expectedDailyVolume",
                        500,
                        "validTo",
                        LocalDate.now().plusYears(1).toString()));
        assertThat(application.status()).as(application.body()).isEqualTo(201);
        assertThat((String) application.read("$.status")).isEqualTo("PENDING");

        // The provider approves; the grant is listed.
        Response approved =
                post("/api/catalog/applications/" + application.read("$.id") + "/approve", providerToken, Map.of());
        assertThat((String) approved.read("$.status")).isEqualTo("APPROVED");
        Response grants = get("/api/catalog/grants?consumer=" + consumer.code() + "&resource=" + code, admin);
        assertThat((List<String>) grants.read("$[*].id")).containsExactly((String) approved.read("$.grantId"));
        assertThat((List<String>) grants.read("$[0].fields")).containsExactly("idNumber", "name");

        // A NOT_SHARED resource is refused with 422.
        Response notShared = post(
                "/api/catalog/resources",
                providerToken,
                resourceBody(providerCode, "NOT_SHARED", "/api/acceptance/" + UUID.randomUUID()));
        String closed = notShared.read("$.code");
        post("/api/catalog/resources/" + closed + "/publish", providerToken, null);
        assertProblem(
                post(
                        "/api/catalog/applications",
                        adminTokenOf(consumer),
                        Map.of(
                                "resourceCode",
                                closed,
                                "fields",
                                List.of("idNumber"),
                                "purposeCode",
                                "X",
                                "purpose",
                                "x",
                                "mode",
                                "API",
                                "expectedDailyVolume",
                                1,
                                "validTo",
                                LocalDate.now().plusYears(1).toString())),
                422,
                "RESOURCE_NOT_SHARED");
    }

    private static Map<String, Object> department(String code, String name) {
        return Map.of("code", code, "name", name, "level", "CITY", "contact", "验收联系人 0591-00000001");
    }
}
