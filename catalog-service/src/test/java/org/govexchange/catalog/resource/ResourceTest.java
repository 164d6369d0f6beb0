package org.govexchange.catalog.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.problem.ProblemCodes;
import org.junit.jupiter.api.Test;

/** Resource metadata, validation, lifecycle, schema versions and search. */
class ResourceTest extends CatalogApiTest {

    @Test
    void theProvidersAdminCreatesADraftWithAnAssignedCode() {
        Dept provider = newDepartment("资源提供局");
        Map<String, Object> body = resourceBody(provider.code(), "CONDITIONAL", "/api/test/" + UUID.randomUUID());

        Response created = post("/api/catalog/resources", adminTokenOf(provider), body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.read("$.code");
        assertThat(code).matches("101002/\\d{6}");
        assertThat((String) created.read("$.status")).isEqualTo("DRAFT");
        assertThat((Integer) created.read("$.version")).isEqualTo(1);
        assertThat((List<String>) created.read("$.fields[*].code"))
                .containsExactly("idNumber", "name", "phone", "gender");
        assertThat((String) created.read("$.fields[0].masking")).isEqualTo("ID_NUMBER");
        assertThat((Boolean) created.read("$.fields[0].key")).isTrue();
        assertThat((Boolean) created.read("$.fields[0].required")).isTrue();
        assertThat((String) created.read("$.fields[3].sensitivity")).isEqualTo("L1");
        assertThat((String) created.read("$.fields[3].masking")).isEqualTo("NONE");

        Response second = post(
                "/api/catalog/resources",
                adminTokenOf(provider),
                resourceBody(provider.code(), "CONDITIONAL", "/api/test/" + UUID.randomUUID()));
        int first = Integer.parseInt(code.substring(7));
        assertThat((String) second.read("$.code")).isEqualTo("101002/" + String.format("%06d", first + 1));
        awaitRecords("gx.catalog.events", r -> code.equals(r.key()) && r.value().contains("RESOURCE_CREATED"));
    }

    @Test
    void theClassificationDefaultsToTheCategoryAndMustMatchIt() {
        Dept provider = newDepartment("分类测试局");
        Map<String, Object> body =
                new HashMap<>(resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/" + UUID.randomUUID()));
        body.remove("classification");
        body.put("category", "THEME");
        Response created = post("/api/catalog/resources", adminToken(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat((String) created.read("$.code")).startsWith("200000/");

        body.put("classification", "101001");
        body.put("apiPath", "/api/test/" + UUID.randomUUID());
        assertProblem(post("/api/catalog/resources", adminToken(), body), 422, ResourceService.CLASSIFICATION_MISMATCH);
    }

    @Test
    void onlyThePlatformAdminOrTheProvidersAdminMayCreate() {
        Dept provider = newDepartment("提供局");
        Dept other = newDepartment("他局");
        String auditorId = clientId("auditor");
        String auditor = token(auditorId, newAccount(auditorId, "AUDITOR"));
        Map<String, Object> body = resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/" + UUID.randomUUID());

        assertProblem(post("/api/catalog/resources", auditor, body), 403, ProblemCodes.FORBIDDEN);
        assertProblem(post("/api/catalog/resources", adminTokenOf(other), body), 403, ProblemCodes.FORBIDDEN);
        assertProblem(
                post("/api/catalog/resources", token(provider.systemId(), provider.systemSecret()), body),
                403,
                ProblemCodes.FORBIDDEN);
        assertThat(post("/api/catalog/resources", adminToken(), body).status()).isEqualTo(201);
    }

    @Test
    void everyMetadataRuleHasItsOwnCode() {
        Dept provider = newDepartment("校验测试局");
        String token = adminTokenOf(provider);

        Map<String, Object> noCondition = body(provider, "CONDITIONAL");
        noCondition.remove("shareCondition");
        assertProblem(
                post("/api/catalog/resources", token, noCondition), 422, ResourceService.SHARE_CONDITION_REQUIRED);

        Map<String, Object> noBasis = body(provider, "NOT_SHARED");
        noBasis.remove("legalBasis");
        assertProblem(post("/api/catalog/resources", token, noBasis), 422, ResourceService.LEGAL_BASIS_REQUIRED);

        Map<String, Object> conditionalNoBasis = body(provider, "CONDITIONAL");
        conditionalNoBasis.remove("legalBasis");
        assertProblem(
                post("/api/catalog/resources", token, conditionalNoBasis), 422, ResourceService.LEGAL_BASIS_REQUIRED);

        Map<String, Object> noMethods = body(provider, "UNCONDITIONAL");
        noMethods.put("shareMethods", List.of());
        assertProblem(post("/api/catalog/resources", token, noMethods), 422, ResourceService.SHARE_METHOD_REQUIRED);

        Map<String, Object> noPath = body(provider, "UNCONDITIONAL");
        noPath.remove("apiPath");
        assertProblem(post("/api/catalog/resources", token, noPath), 422, ResourceService.API_PATH_REQUIRED);

        Map<String, Object> noKey = body(provider, "UNCONDITIONAL");
        noKey.put("fields", List.of(Map.of("code", "name", "name", "姓名", "type", "STRING")));
        assertProblem(post("/api/catalog/resources", token, noKey), 422, ResourceService.KEY_FIELD_REQUIRED);

        Map<String, Object> twice = body(provider, "UNCONDITIONAL");
        twice.put(
                "fields",
                List.of(
                        Map.of("code", "id", "name", "编号", "type", "STRING", "key", true),
                        Map.of("code", "id", "name", "编号2", "type", "STRING")));
        assertProblem(post("/api/catalog/resources", token, twice), 422, ResourceService.FIELD_CODE_DUPLICATE);

        for (Map<String, Object> validation : List.of(
                Map.<String, Object>of("kind", "REGEX", "pattern", "([a-z"),
                // Valid for java.util.regex, but RE2 (which the hub runs rules with) has no back-references
                // or look-ahead.
                Map.<String, Object>of("kind", "REGEX", "pattern", "(a)\\1"),
                Map.<String, Object>of("kind", "REGEX", "pattern", "(?=1)[0-9]{11}"),
                Map.<String, Object>of("kind", "REGEX"),
                Map.<String, Object>of("kind", "CODE_TABLE", "values", List.of()))) {
            Map<String, Object> badRule = body(provider, "UNCONDITIONAL");
            badRule.put(
                    "fields",
                    List.of(Map.of(
                            "code", "id", "name", "编号", "type", "STRING", "key", true, "validation", validation)));
            assertProblem(
                    post("/api/catalog/resources", token, badRule), 422, ResourceService.FIELD_VALIDATION_INVALID);
        }
        Map<String, Object> idOnInteger = body(provider, "UNCONDITIONAL");
        idOnInteger.put(
                "fields",
                List.of(Map.of(
                        "code",
                        "id",
                        "name",
                        "编号",
                        "type",
                        "INTEGER",
                        "key",
                        true,
                        "validation",
                        Map.of("kind", "ID_NUMBER"))));
        assertProblem(
                post("/api/catalog/resources", token, idOnInteger), 422, ResourceService.FIELD_VALIDATION_INVALID);

        // A malformed field (the contracts' SchemaRules, no Bean Validation on the shared type) stays a 400.
        for (Map<String, Object> malformed : List.of(
                Map.<String, Object>of("code", "1id", "name", "编号", "type", "STRING", "key", true),
                Map.<String, Object>of("code", "id", "name", " ", "type", "STRING", "key", true),
                Map.<String, Object>of("code", "id", "name", "编号", "key", true),
                Map.<String, Object>of("code", "id", "name", "编号", "type", "STRING", "length", 0, "key", true))) {
            Map<String, Object> bad = body(provider, "UNCONDITIONAL");
            bad.put("fields", List.of(malformed));
            assertProblem(post("/api/catalog/resources", token, bad), 400, "VALIDATION_FAILED");
        }

        Map<String, Object> unknownProvider = new HashMap<>(body(provider, "UNCONDITIONAL"));
        unknownProvider.put("providerCode", newCreditCode());
        assertProblem(
                post("/api/catalog/resources", adminToken(), unknownProvider), 422, ResourceService.PROVIDER_NOT_FOUND);

        Map<String, Object> taken = body(provider, "UNCONDITIONAL");
        assertThat(post("/api/catalog/resources", token, taken).status()).isEqualTo(201);
        Map<String, Object> samePath = body(provider, "UNCONDITIONAL");
        samePath.put("apiPath", taken.get("apiPath"));
        assertProblem(post("/api/catalog/resources", token, samePath), 409, ResourceService.API_PATH_TAKEN);

        Map<String, Object> badField = body(provider, "UNCONDITIONAL");
        badField.put("fields", List.of(Map.of("code", "1bad", "name", "x", "type", "STRING", "key", true)));
        assertProblem(post("/api/catalog/resources", token, badField), 400, ProblemCodes.VALIDATION_FAILED);

        Map<String, Object> badEnum = body(provider, "UNCONDITIONAL");
        badEnum.put("updateCycle", "HOURLY");
        assertProblem(post("/api/catalog/resources", token, badEnum), 400, ProblemCodes.MALFORMED_REQUEST);
    }

    @Test
    void theLifecycleIsDraftPublishedRetired() {
        Dept provider = newDepartment("生命周期局");
        String token = adminTokenOf(provider);
        Map<String, Object> body = body(provider, "UNCONDITIONAL");
        String code = post("/api/catalog/resources", token, body).read("$.code");

        Response published = post("/api/catalog/resources/" + code + "/publish", token, null);
        assertThat(published.status()).isEqualTo(200);
        assertThat((String) published.read("$.status")).isEqualTo("PUBLISHED");
        assertThat((String) published.read("$.publishDate")).isNotBlank();
        assertProblem(
                post("/api/catalog/resources/" + code + "/publish", token, null), 409, ResourceService.STATE_CONFLICT);
        awaitRecords("gx.catalog.events", r -> code.equals(r.key()) && r.value().contains("RESOURCE_PUBLISHED"));

        Response retired = post("/api/catalog/resources/" + code + "/retire", token, null);
        assertThat((String) retired.read("$.status")).isEqualTo("RETIRED");
        assertProblem(put("/api/catalog/resources/" + code, token, body), 409, ResourceService.STATE_CONFLICT);
        assertProblem(
                post("/api/catalog/resources/" + code + "/retire", token, null), 409, ResourceService.STATE_CONFLICT);
        assertProblem(get("/api/catalog/resources/101002/999999", token), 404, ResourceService.NOT_FOUND);
    }

    @Test
    void changingTheFieldsOfAPublishedResourceMakesANewSchemaVersion() {
        Dept provider = newDepartment("版本测试局");
        String token = adminTokenOf(provider);
        Map<String, Object> body = body(provider, "UNCONDITIONAL");
        String code = post("/api/catalog/resources", token, body).read("$.code");

        // While a draft, edits replace version 1.
        List<Object> fields = new ArrayList<>((List<?>) body.get("fields"));
        fields.add(Map.of("code", "email", "name", "邮箱", "type", "STRING"));
        body.put("fields", fields);
        Response edited = put("/api/catalog/resources/" + code, token, body);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat((Integer) edited.read("$.currentVersion")).isEqualTo(1);

        post("/api/catalog/resources/" + code + "/publish", token, null);
        body.put("summary", "只改摘要");
        assertThat((Integer) put("/api/catalog/resources/" + code, token, body).read("$.currentVersion"))
                .isEqualTo(1);

        fields.remove(fields.size() - 1);
        body.put("fields", fields);
        Response versioned = put("/api/catalog/resources/" + code, token, body);
        assertThat((Integer) versioned.read("$.currentVersion")).isEqualTo(2);
        assertThat((List<String>) versioned.read("$.fields[*].code")).doesNotContain("email");

        Response v1 = get("/api/catalog/resources/" + code + "?version=1", token);
        assertThat((List<String>) v1.read("$.fields[*].code")).contains("email");
        assertThat((String) v1.read("$.summary")).isEqualTo("只改摘要");
        assertProblem(get("/api/catalog/resources/" + code + "?version=3", token), 404, ResourceService.NOT_FOUND);

        Map<String, Object> moved = new HashMap<>(body);
        moved.put("category", "THEME");
        assertProblem(put("/api/catalog/resources/" + code, token, moved), 409, ResourceService.IDENTITY_IMMUTABLE);
    }

    @Test
    void searchFiltersByKeywordProviderCategoryAndShareTypeAndPages() {
        Dept provider = newDepartment("检索测试局");
        Dept other = newDepartment("检索他局");
        String marker = "检索标记" + UUID.randomUUID().toString().substring(0, 6);
        String token = adminTokenOf(provider);

        Map<String, Object> byName = body(provider, "UNCONDITIONAL");
        byName.put("name", marker + " 名称");
        String a = publish(token, byName);
        Map<String, Object> bySummary = body(provider, "CONDITIONAL");
        bySummary.put("summary", "摘要里有" + marker);
        String b = publish(token, bySummary);
        Map<String, Object> draft = body(provider, "UNCONDITIONAL");
        draft.put("name", marker + " 草稿");
        String c = post("/api/catalog/resources", token, draft).read("$.code");

        String viewer = adminTokenOf(other);
        Response hits = get("/api/catalog/resources?q=" + encode(marker), viewer);
        assertThat(hits.status()).isEqualTo(200);
        assertThat((List<String>) hits.read("$.items[*].code")).containsExactly(a, b);
        assertThat((Integer) hits.read("$.total")).isEqualTo(2);

        Response own = get("/api/catalog/resources?q=" + encode(marker), token);
        assertThat((List<String>) own.read("$.items[*].code")).containsExactly(a, b, c);
        assertProblem(get("/api/catalog/resources/" + c, viewer), 404, ResourceService.NOT_FOUND);
        assertThat(get("/api/catalog/resources/" + c, token).status()).isEqualTo(200);

        Response conditional = get("/api/catalog/resources?q=" + encode(marker) + "&shareType=CONDITIONAL", viewer);
        assertThat((List<String>) conditional.read("$.items[*].code")).containsExactly(b);
        Response byProvider = get("/api/catalog/resources?provider=" + provider.code() + "&category=BASIC", viewer);
        assertThat((List<String>) byProvider.read("$.items[*].code")).containsExactly(a, b);
        Response paged = get("/api/catalog/resources?q=" + encode(marker) + "&page=2&size=1", viewer);
        assertThat((List<String>) paged.read("$.items[*].code")).containsExactly(b);
        assertThat((Integer) paged.read("$.total")).isEqualTo(2);
        assertThat((Integer) paged.read("$.page")).isEqualTo(2);

        Response wildcard = get("/api/catalog/resources?q=%25", viewer);
        assertThat(wildcard.status()).isEqualTo(200);
        assertThat((Integer) wildcard.read("$.total")).isZero();
    }

    private String publish(String token, Map<String, Object> body) {
        Response created = post("/api/catalog/resources", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.read("$.code");
        assertThat(post("/api/catalog/resources/" + code + "/publish", token, null)
                        .status())
                .isEqualTo(200);
        return code;
    }

    private static Map<String, Object> body(Dept provider, String shareType) {
        return new HashMap<>(resourceBody(provider.code(), shareType, "/api/test/" + UUID.randomUUID()));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
