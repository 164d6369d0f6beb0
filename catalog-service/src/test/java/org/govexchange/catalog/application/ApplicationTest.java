package org.govexchange.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.application;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;

/** Share applications through the three share types, approval with narrowing, rejection and listings. */
class ApplicationTest extends CatalogApiTest {

    @Test
    void anUnconditionalResourceIsGrantedAtOnce() {
        Dept provider = newDepartment("无条件提供局");
        Dept consumer = newDepartment("无条件使用局");
        String resource = publishedResource(provider, "UNCONDITIONAL");

        Response submitted = submit(consumer, application(resource, "idNumber", "name"));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat((String) submitted.read("$.status")).isEqualTo("APPROVED");
        assertThat(submitted.body()).doesNotContain("\"dueDate\"");
        String grantId = submitted.read("$.grantId");
        Response grants =
                get("/api/catalog/grants?consumer=" + consumer.code() + "&resource=" + resource, adminToken());
        assertThat((List<String>) grants.read("$[*].id")).containsExactly(grantId);
        assertThat((String) grants.read("$[0].status")).isEqualTo("ACTIVE");
        assertThat((List<String>) grants.read("$[0].fields")).containsExactly("idNumber", "name");
        assertThat((List<String>) grants.read("$[0].plainFields")).isEmpty();
        assertThat((Integer) grants.read("$[0].resourceVersion")).isEqualTo(1);

        awaitRecords(
                "gx.catalog.events", r -> grantId.equals(r.key()) && r.value().contains("GRANT_CREATED"));
        var audit = awaitAudit("GRANT_APPROVED", grantId);
        assertThat(audit.get(0).value()).contains("AUTO_APPROVE").contains("\"purpose\":\"SOCIAL_SECURITY\"");
    }

    @Test
    void aConditionalResourceWaitsForTheProviderWhoMayNarrowFieldsAndAllowPlainValues() {
        Dept provider = newDepartment("有条件提供局");
        Dept consumer = newDepartment("有条件使用局");
        String resource = publishedResource(provider, "CONDITIONAL");

        Response submitted = submit(consumer, application(resource, "idNumber", "name", "phone", "gender"));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat((String) submitted.read("$.status")).isEqualTo("PENDING");
        assertThat((Boolean) submitted.read("$.overdue")).isFalse();
        assertThat(LocalDate.parse(submitted.read("$.dueDate")))
                .isEqualTo(WorkingDays.after(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 10));
        assertThat(submitted.body()).doesNotContain("\"grantId\"");
        String id = submitted.read("$.id");

        Response approved = approve(
                id,
                adminTokenOf(provider),
                Map.of(
                        "fields",
                        List.of("idNumber", "name", "gender"),
                        "plainFields",
                        List.of("idNumber"),
                        "dailyQuota",
                        50));

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat((String) approved.read("$.status")).isEqualTo("APPROVED");
        String grantId = approved.read("$.grantId");
        Response grant = get("/api/catalog/grants/" + grantId, adminTokenOf(consumer));
        assertThat((List<String>) grant.read("$.fields")).containsExactly("idNumber", "name", "gender");
        assertThat((List<String>) grant.read("$.plainFields")).containsExactly("idNumber");
        assertThat((Integer) grant.read("$.dailyQuota")).isEqualTo(50);
        assertThat((String) grant.read("$.mode")).isEqualTo("API");

        var audit = awaitAudit("GRANT_APPROVED", grantId);
        assertThat(audit.get(0).value())
                .contains("\"actorClient\":\"" + provider.adminId() + "\"")
                .contains("\"fields\":[\"idNumber\",\"name\",\"gender\"]");
        assertProblem(approve(id, adminTokenOf(provider), null), 409, ApplicationService.NOT_PENDING);
    }

    @Test
    void approvalsCanNarrowButNotWiden() {
        Dept provider = newDepartment("收窄提供局");
        Dept consumer = newDepartment("收窄使用局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String id = submit(consumer, application(resource, "idNumber", "name")).read("$.id");

        assertProblem(
                approve(id, adminTokenOf(provider), Map.of("fields", List.of("idNumber", "phone"))),
                422,
                ApplicationService.FIELD_NOT_REQUESTED);
        assertProblem(
                approve(
                        id,
                        adminTokenOf(provider),
                        Map.of("fields", List.of("idNumber"), "plainFields", List.of("name"))),
                422,
                ApplicationService.PLAIN_FIELD_NOT_GRANTED);
        assertProblem(
                approve(
                        id,
                        adminTokenOf(provider),
                        Map.of("validTo", LocalDate.now().plusYears(5).toString())),
                422,
                ApplicationService.VALIDITY_EXTENDED);
        // Nothing of the refused approvals stuck: the application is still pending.
        assertThat((String) get("/api/catalog/applications/" + id, adminTokenOf(provider))
                        .read("$.status"))
                .isEqualTo("PENDING");
    }

    @Test
    void onlyTheProvidersAdminDecides() {
        Dept provider = newDepartment("决定提供局");
        Dept consumer = newDepartment("决定使用局");
        Dept stranger = newDepartment("无关局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String id = submit(consumer, application(resource, "idNumber")).read("$.id");

        // A DEPT_ADMIN of another department cannot approve for the provider.
        assertProblem(approve(id, adminTokenOf(stranger), null), 404, ApplicationService.NOT_FOUND);
        assertProblem(approve(id, adminTokenOf(consumer), null), 403, ProblemCodes.FORBIDDEN);
        assertProblem(approve(id, adminToken(), null), 403, ProblemCodes.FORBIDDEN);
        assertProblem(
                approve(id, token(provider.systemId(), provider.systemSecret()), null), 403, ProblemCodes.FORBIDDEN);
        String auditorId = clientId("auditor");
        String auditor = token(auditorId, newAccount(auditorId, "AUDITOR"));
        assertProblem(approve(id, auditor, null), 403, ProblemCodes.FORBIDDEN);
        assertThat(get("/api/catalog/applications/" + id, auditor).status()).isEqualTo(200);
    }

    @Test
    void aRejectionCarriesItsReason() {
        Dept provider = newDepartment("驳回提供局");
        Dept consumer = newDepartment("驳回使用局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String id = submit(consumer, application(resource, "idNumber")).read("$.id");

        assertProblem(
                post("/api/catalog/applications/" + id + "/reject", adminTokenOf(provider), Map.of()),
                400,
                ProblemCodes.VALIDATION_FAILED);
        Response rejected = post(
                "/api/catalog/applications/" + id + "/reject", adminTokenOf(provider), Map.of("reason", "用途与共享条件不符"));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat((String) rejected.read("$.status")).isEqualTo("REJECTED");
        assertThat((String) rejected.read("$.decisionComment")).isEqualTo("用途与共享条件不符");
        assertThat(get("/api/catalog/grants?consumer=" + consumer.code(), adminToken())
                        .body())
                .isEqualTo("[]");
        var audit = awaitAudit("APPLICATION_REJECTED", id);
        assertThat(audit.get(0).value()).contains("\"result\":\"DENIED\"");
    }

    @Test
    void aNotSharedResourceIsRefusedAtSubmission() {
        Dept provider = newDepartment("不予共享局");
        Dept consumer = newDepartment("申请局");
        String resource = publishedResource(provider, "NOT_SHARED");

        Response refused = submit(consumer, application(resource, "idNumber"));

        assertProblem(refused, 422, ApplicationService.RESOURCE_NOT_SHARED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from share_application where resource_code = ?", Integer.class, resource))
                .isZero();
    }

    @Test
    void applicationsThatCannotBeMetAreClearClientErrors() {
        Dept provider = newDepartment("错误提供局");
        Dept consumer = newDepartment("错误使用局");
        String token = adminTokenOf(consumer);
        String resource = publishedResource(provider, "CONDITIONAL");

        assertProblem(
                post("/api/catalog/applications", token, application("101002/999998", "idNumber")),
                404,
                "RESOURCE_NOT_FOUND");
        assertProblem(
                post("/api/catalog/applications", token, application(resource, "idNumber", "salary")),
                422,
                ApplicationService.FIELD_NOT_IN_RESOURCE);
        assertProblem(submit(provider, application(resource, "idNumber")), 422, ApplicationService.OWN_RESOURCE);

        Map<String, Object> draftBody =
                resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/" + java.util.UUID.randomUUID());
        String draft = post("/api/catalog/resources", adminTokenOf(provider), draftBody)
                .read("$.code");
        assertProblem(
                post("/api/catalog/applications", token, application(draft, "idNumber")),
                422,
                ApplicationService.RESOURCE_NOT_PUBLISHED);

        String retired = publishedResource(provider, "UNCONDITIONAL");
        post("/api/catalog/resources/" + retired + "/retire", adminTokenOf(provider), null);
        assertProblem(
                post("/api/catalog/applications", token, application(retired, "idNumber")),
                422,
                ApplicationService.RESOURCE_RETIRED);

        Map<String, Object> file = new HashMap<>(application(resource, "idNumber"));
        file.put("mode", "FILE");
        assertProblem(post("/api/catalog/applications", token, file), 400, ProblemCodes.MALFORMED_REQUEST);

        Map<String, Object> apiOnlyBody = new HashMap<>(
                resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/" + java.util.UUID.randomUUID()));
        apiOnlyBody.put("shareMethods", List.of("API"));
        String apiOnly = post("/api/catalog/resources", adminTokenOf(provider), apiOnlyBody)
                .read("$.code");
        post("/api/catalog/resources/" + apiOnly + "/publish", adminTokenOf(provider), null);
        Map<String, Object> subscription = new HashMap<>(application(apiOnly, "idNumber"));
        subscription.put("mode", "SUBSCRIPTION");
        assertProblem(
                post("/api/catalog/applications", token, subscription),
                422,
                ApplicationService.SHARE_METHOD_NOT_OFFERED);

        Map<String, Object> past = new HashMap<>(application(resource, "idNumber"));
        past.put("validTo", "2020-01-01");
        assertProblem(post("/api/catalog/applications", token, past), 400, ProblemCodes.VALIDATION_FAILED);
        Map<String, Object> noPurpose = new HashMap<>(application(resource, "idNumber"));
        noPurpose.remove("purpose");
        assertProblem(post("/api/catalog/applications", token, noPurpose), 400, ProblemCodes.VALIDATION_FAILED);

        assertProblem(
                post("/api/catalog/applications", adminToken(), application(resource, "idNumber")),
                403,
                ProblemCodes.FORBIDDEN);
        assertProblem(
                post(
                        "/api/catalog/applications",
                        token(consumer.systemId(), consumer.systemSecret()),
                        application(resource, "idNumber")),
                403,
                ProblemCodes.FORBIDDEN);
    }

    @Test
    void listingsFilterBySideStatusAndOverdue() {
        Dept provider = newDepartment("列表提供局");
        Dept consumer = newDepartment("列表使用局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String late = submit(consumer, application(resource, "idNumber")).read("$.id");
        String fresh = submit(consumer, application(resource, "name")).read("$.id");
        jdbc.update(
                "update share_application set due_date = ? where id = ?",
                LocalDate.now().minusDays(2),
                late);

        Response asProvider = get("/api/catalog/applications?role=provider&status=PENDING", adminTokenOf(provider));
        assertThat((List<String>) asProvider.read("$[*].id")).containsExactlyInAnyOrder(late, fresh);
        Response overdue = get("/api/catalog/applications?role=provider&overdue=true", adminTokenOf(provider));
        assertThat((List<String>) overdue.read("$[*].id")).containsExactly(late);
        assertThat((Boolean) overdue.read("$[0].overdue")).isTrue();
        Response onTime = get("/api/catalog/applications?role=provider&overdue=false", adminTokenOf(provider));
        assertThat((List<String>) onTime.read("$[*].id")).containsExactly(fresh);
        assertThat(get("/api/catalog/applications?role=provider", adminTokenOf(consumer))
                        .body())
                .isEqualTo("[]");
        Response asConsumer = get("/api/catalog/applications?role=consumer", adminTokenOf(consumer));
        assertThat((List<String>) asConsumer.read("$[*].id")).containsExactlyInAnyOrder(late, fresh);
        assertProblem(
                get("/api/catalog/applications?role=bystander", adminTokenOf(consumer)),
                400,
                ProblemCodes.VALIDATION_FAILED);
        assertThat(get("/api/catalog/applications?status=APPROVED&role=consumer", adminTokenOf(consumer))
                        .body())
                .isEqualTo("[]");
    }
}
