package org.govexchange.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies the catalog's tests send: a resource, a share application, an account. Each is a new mutable map. */
public final class CatalogBodies {

    private CatalogBodies() {}

    /** A {@code POST /api/catalog/accounts} body; {@code departmentCode} may be null (platform roles). */
    public static Map<String, Object> account(String clientId, String departmentCode, String... roles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", clientId);
        body.put("roles", List.of(roles));
        if (departmentCode != null) {
            body.put("departmentCode", departmentCode);
        }
        return body;
    }

    /** A resource body with an idNumber key field, a name (masked) and a phone (masked). */
    public static Map<String, Object> resourceBody(String providerCode, String shareType, String apiPath) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classification", "101002");
        body.put("name", "测试人口资源 " + UUID.randomUUID());
        body.put("providerCode", providerCode);
        body.put("category", "BASIC");
        body.put("summary", "用于集成测试的资源");
        body.put("format", "TABLE");
        body.put(
                "fields",
                List.of(
                        Map.of(
                                "code", "idNumber",
                                "name", "公民身份号码",
                                "type", "STRING",
                                "length", 18,
                                "key", true,
                                "sensitivity", "L3",
                                "masking", "ID_NUMBER",
                                "validation", Map.of("kind", "ID_NUMBER")),
                        Map.of("code", "name", "name", "姓名", "type", "STRING", "masking", "NAME", "sensitivity", "L2"),
                        Map.of(
                                "code",
                                "phone",
                                "name",
                                "电话",
                                "type",
                                "STRING",
                                "masking",
                                "PHONE",
                                "sensitivity",
                                "L3"),
                        Map.of("code", "gender", "name", "性别", "type", "STRING")));
        body.put("shareType", shareType);
        if (shareType.equals("CONDITIONAL")) {
            body.put("shareCondition", "按需核验");
        }
        if (!shareType.equals("UNCONDITIONAL")) {
            body.put("legalBasis", "国发〔2016〕51号");
        }
        body.put("shareMethods", List.of("API", "SUBSCRIPTION"));
        body.put("updateCycle", "DAILY");
        body.put("apiPath", apiPath);
        return body;
    }

    /** A share application body (API mode, a year's validity) asking {@code fields} of {@code resourceCode}. */
    public static Map<String, Object> application(String resourceCode, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceCode", resourceCode);
        body.put("fields", List.of(fields));
        body.put("purposeCode", "SOCIAL_SECURITY");
        body.put("purpose", "社保参保登记核验身份");
        body.put("mode", "API");
        body.put("expectedDailyVolume", 100);
        body.put("validTo", LocalDate.now().plusYears(1).toString());
        return body;
    }
}
