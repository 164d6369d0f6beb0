package org.govexchange.catalog.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.application;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Grants: listing, revocation, schema-version pinning, expiry and the SERVICE lookup API. */
class GrantTest extends CatalogApiTest {

    @Autowired
    GrantService grants;

    @Test
    void theProviderRevokesAGrantAndEveryoneHearsOfIt() {
        Dept provider = newDepartment("撤销提供局");
        Dept consumer = newDepartment("撤销使用局");
        String grantId = grant(provider, consumer, "UNCONDITIONAL");

        assertProblem(
                post("/api/catalog/grants/" + grantId + "/revoke", adminTokenOf(consumer), Map.of("reason", "x")),
                403,
                ProblemCodes.FORBIDDEN);
        Response revoked =
                post("/api/catalog/grants/" + grantId + "/revoke", adminTokenOf(provider), Map.of("reason", "超范围使用"));

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat((String) revoked.read("$.status")).isEqualTo("REVOKED");
        assertThat((String) revoked.read("$.revokedBy")).isEqualTo(provider.adminId());
        assertProblem(
                post("/api/catalog/grants/" + grantId + "/revoke", adminToken(), null), 409, GrantService.NOT_ACTIVE);
        assertProblem(
                post("/api/catalog/grants/" + UUID.randomUUID() + "/revoke", adminToken(), null),
                404,
                GrantService.NOT_FOUND);

        var events = awaitRecords(
                "gx.catalog.events", r -> grantId.equals(r.key()) && r.value().contains("\"type\":\"GRANT_REVOKED\""));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value())
                .contains("\"status\":\"REVOKED\"")
                .contains("\"consumerCode\":\"" + consumer.code() + "\"");
        var audit = awaitAudit("GRANT_REVOKED", grantId);
        assertThat(audit.get(0).value()).contains("\"purpose\":\"超范围使用\"");
    }

    @Test
    void aPlatformAdminMayRevokeToo() {
        Dept provider = newDepartment("平台撤销提供局");
        Dept consumer = newDepartment("平台撤销使用局");
        String grantId = grant(provider, consumer, "UNCONDITIONAL");
        assertThat(post("/api/catalog/grants/" + grantId + "/revoke", adminToken(), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void grantsAreListedOnlyToTheirPartiesAndPlatformReaders() {
        Dept provider = newDepartment("可见提供局");
        Dept consumer = newDepartment("可见使用局");
        Dept stranger = newDepartment("可见无关局");
        String grantId = grant(provider, consumer, "UNCONDITIONAL");

        assertThat((List<String>)
                        get("/api/catalog/grants", adminTokenOf(consumer)).read("$[*].id"))
                .contains(grantId);
        assertThat((List<String>)
                        get("/api/catalog/grants", adminTokenOf(provider)).read("$[*].id"))
                .contains(grantId);
        assertThat((List<String>)
                        get("/api/catalog/grants", adminTokenOf(stranger)).read("$[*].id"))
                .doesNotContain(grantId);
        assertProblem(get("/api/catalog/grants/" + grantId, adminTokenOf(stranger)), 404, GrantService.NOT_FOUND);
        String auditorId = clientId("auditor");
        String auditor = token(auditorId, newAccount(auditorId, "AUDITOR"));
        assertThat((List<String>) get("/api/catalog/grants?consumer=" + consumer.code(), auditor)
                        .read("$[*].id"))
                .containsExactly(grantId);
        assertProblem(post("/api/catalog/grants/" + grantId + "/revoke", auditor, null), 403, ProblemCodes.FORBIDDEN);
    }

    @Test
    void aGrantKeepsTheSchemaVersionItWasGiven() {
        Dept provider = newDepartment("版本提供局");
        Dept consumer = newDepartment("版本使用局");
        Map<String, Object> body =
                new HashMap<>(resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/" + UUID.randomUUID()));
        String resource =
                post("/api/catalog/resources", adminTokenOf(provider), body).read("$.code");
        post("/api/catalog/resources/" + resource + "/publish", adminTokenOf(provider), null);
        String before =
                submit(consumer, application(resource, "idNumber", "phone")).read("$.grantId");

        List<Object> fields = new ArrayList<>((List<?>) body.get("fields"));
        fields.add(Map.of("code", "email", "name", "邮箱", "type", "STRING"));
        body.put("fields", fields);
        assertThat((Integer) put("/api/catalog/resources/" + resource, adminTokenOf(provider), body)
                        .read("$.currentVersion"))
                .isEqualTo(2);
        String after =
                submit(consumer, application(resource, "idNumber", "email")).read("$.grantId");

        assertThat((Integer) get("/api/catalog/grants/" + before, adminToken()).read("$.resourceVersion"))
                .isEqualTo(1);
        assertThat((Integer) get("/api/catalog/grants/" + after, adminToken()).read("$.resourceVersion"))
                .isEqualTo(2);
    }

    @Test
    void grantsPastTheirLastDayExpire() {
        Dept provider = newDepartment("过期提供局");
        Dept consumer = newDepartment("过期使用局");
        String grantId = grant(provider, consumer, "UNCONDITIONAL");
        jdbc.update(
                "update resource_grant set valid_to = ? where id = ?",
                LocalDate.now().minusDays(3),
                grantId);

        assertThat((String) get("/api/catalog/grants/" + grantId, adminToken()).read("$.status"))
                .isEqualTo("EXPIRED");
        assertThat(grants.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select status from resource_grant where id = ?", String.class, grantId))
                .isEqualTo("EXPIRED");
        awaitRecords(
                "gx.catalog.events", r -> grantId.equals(r.key()) && r.value().contains("GRANT_EXPIRED"));
    }

    @Test
    void ourServicesLookUpActiveGrantsKeysAndSchemas() throws Exception {
        Dept provider = newDepartment("查询提供局");
        Dept consumer = newDepartment("查询使用局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String id = submit(consumer, application(resource, "idNumber", "name", "gender"))
                .read("$.id");
        String grantId = approve(id, adminTokenOf(provider), Map.of("plainFields", List.of("name")))
                .read("$.grantId");
        String serviceId = clientId("gateway");
        String service = token(serviceId, newAccount(serviceId, "SERVICE"));

        Response policy = get(
                "/api/catalog/lookup/grants/active?consumer=" + consumer.code() + "&resource=" + resource + "&mode=API",
                service);
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        assertThat((String) policy.read("$.grantId")).isEqualTo(grantId);
        assertThat((String) policy.read("$.shareType")).isEqualTo("CONDITIONAL");
        assertThat((List<String>) policy.read("$.fields[*].code")).containsExactly("idNumber", "name", "gender");
        assertThat((List<String>) policy.read("$.fields[*].masking")).containsExactly("ID_NUMBER", "NONE", "NONE");
        assertThat((String) policy.read("$.apiPath")).startsWith("/api/test/");
        assertProblem(
                get(
                        "/api/catalog/lookup/grants/active?consumer=" + consumer.code() + "&resource=" + resource
                                + "&mode=SUBSCRIPTION",
                        service),
                404,
                GrantService.GRANT_MISSING);

        post("/api/catalog/grants/" + grantId + "/revoke", adminTokenOf(provider), null);
        assertProblem(
                get("/api/catalog/lookup/grants/active?consumer=" + consumer.code() + "&resource=" + resource, service),
                404,
                GrantService.GRANT_MISSING);

        Response schema = get("/api/catalog/lookup/resources/" + resource + "/schema", service);
        assertThat((String) schema.read("$.code")).isEqualTo(resource);
        assertThat((List<String>) schema.read("$.fields[*].code")).contains("idNumber", "phone");

        String pem = org.govexchange.catalog.department.DepartmentKeyTestKeys.ed25519();
        post(
                "/api/catalog/departments/" + provider.code() + "/keys",
                adminTokenOf(provider),
                Map.of("alg", "ED25519", "publicKeyPem", pem));
        Response keys = get("/api/catalog/lookup/departments/" + provider.code() + "/keys", service);
        assertThat((String) keys.read("$.status")).isEqualTo("ACTIVE");
        assertThat((List<String>) keys.read("$.keys[*].alg")).containsExactly("ED25519");

        Response routes = get("/api/catalog/lookup/routes", service);
        assertThat((List<String>) routes.read("$[*].code")).contains(resource);
    }

    @Test
    void theHubLooksUpEverySubscriberOfAResource() throws Exception {
        Dept provider = newDepartment("订阅提供局");
        Dept first = newDepartment("订阅甲局");
        Dept second = newDepartment("订阅乙局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String firstGrant = subscribe(resource, provider, first);
        String secondGrant = subscribe(resource, provider, second);
        String apiOnly =
                submit(second, application(resource, "idNumber", "name")).read("$.id");
        approve(apiOnly, adminTokenOf(provider), Map.of());
        String serviceId = clientId("hub");
        String service = token(serviceId, newAccount(serviceId, "SERVICE"));
        String path = "/api/catalog/lookup/grants?resource=" + resource + "&mode=SUBSCRIPTION";

        Response subscribers = get(path, service);
        assertThat(subscribers.status()).as(subscribers.body()).isEqualTo(200);
        assertThat((List<String>) subscribers.read("$[*].grantId")).containsExactly(firstGrant, secondGrant);
        assertThat((List<String>) subscribers.read("$[*].mode")).containsOnly("SUBSCRIPTION");
        assertThat((List<String>) subscribers.read("$[0].fields[*].masking")).containsExactly("ID_NUMBER", "NAME");

        post("/api/catalog/grants/" + firstGrant + "/revoke", adminTokenOf(provider), null);
        assertThat((List<String>) get(path, service).read("$[*].consumerCode")).containsExactly(second.code());

        assertThat(get(path, adminToken()).status()).isEqualTo(403);
        assertProblem(
                get("/api/catalog/lookup/grants?resource=999999/000001&mode=SUBSCRIPTION", service),
                404,
                "RESOURCE_NOT_FOUND");
    }

    private String subscribe(String resource, Dept provider, Dept consumer) {
        Map<String, Object> request = new java.util.HashMap<>(application(resource, "idNumber", "name"));
        request.put("mode", "SUBSCRIPTION");
        String id = submit(consumer, request).read("$.id");
        return approve(id, adminTokenOf(provider), Map.of()).read("$.grantId");
    }

    private String grant(Dept provider, Dept consumer, String shareType) {
        String resource = publishedResource(provider, shareType);
        Response submitted = submit(consumer, application(resource, "idNumber", "name"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return submitted.read("$.grantId");
    }
}
