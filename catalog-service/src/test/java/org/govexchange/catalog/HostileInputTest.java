package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govexchange.catalog.CatalogBodies.application;
import static org.govexchange.catalog.CatalogBodies.resourceBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.catalog.department.DepartmentKeyTestKeys;
import org.govexchange.catalog.resource.ResourceService;
import org.junit.jupiter.api.Test;

/**
 * Out-of-range dates and numbers on every catalog endpoint that takes one: each is a 400 problem+json with a
 * code, never a 500, and no row changes. Grow these tables whenever a bad value gets through.
 */
class HostileInputTest extends CatalogApiTest {

    /**
     * Dates no column holds or no business rule means: years outside 1900–9999, or not dates at all. ({@code ""} and
     * {@code []} read as absent: refused where a date is required, ignored where it is optional.)
     */
    static final List<String> DATES = List.of(
            "\"+999999999-12-31\"",
            "\"-999999999-01-01\"",
            "\"+10000-01-01\"",
            "\"0001-01-01\"",
            "\"1899-12-31\"",
            "\"2024-13-01\"",
            "\"2025-02-30\"",
            "\"tomorrow\"",
            "20250101",
            "1e400",
            "{}");

    static final List<String> INSTANTS = List.of(
            "\"+999999999-12-31T00:00:00Z\"",
            "\"+10000-01-01T00:00:00Z\"",
            "\"0001-01-01T00:00:00Z\"",
            "\"1899-12-31T23:59:59Z\"",
            "\"2030-01-01\"",
            "\"2030-01-01T25:00:00Z\"",
            "1e400");

    /** For positive whole numbers (quotas, volumes, lengths). */
    static final List<String> COUNTS = List.of(
            "1e400",
            "-1e400",
            "1e19",
            "1.5e308",
            "99999999999999999999",
            "NaN",
            "Infinity",
            "-Infinity",
            "-1",
            "0",
            "\"abc\"",
            "true",
            "[]",
            "{}");

    private static final String PLACEHOLDER = "\"@@hostile@@\"";
    private static final List<String> TABLES = List.of(
            "department",
            "department_key",
            "client_account",
            "resource",
            "resource_schema",
            "share_application",
            "resource_grant");

    @Test
    void resourceBodiesWithBadDatesOrNumbers() {
        Dept provider = newDepartment("恶意输入资源局");
        String token = adminTokenOf(provider);
        String draft = post(
                        "/api/catalog/resources",
                        token,
                        resourceBody(
                                provider.code(),
                                "UNCONDITIONAL",
                                "/api/test/hostile-" + provider.code().toLowerCase()))
                .read("$.code");
        Map<String, Object> fresh = resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/hostile-new");
        refusedAs("publishDate", DATES, "POST", "/api/catalog/resources", token, fresh);
        refusedAs("publishDate", DATES, "PUT", "/api/catalog/resources/" + draft, token, fresh);
        for (String count : COUNTS) {
            Map<String, Object> body = resourceBody(provider.code(), "UNCONDITIONAL", "/api/test/hostile-new");
            body.put(
                    "fields",
                    List.of(Map.of(
                            "code", "id", "name", "编号", "type", "STRING", "key", true, "length", "@@hostile@@")));
            refused("POST", "/api/catalog/resources", token, body, count);
        }
        for (String version : List.of("1e400", "99999999999", "NaN", "x")) {
            refused("GET", "/api/catalog/resources/" + draft + "?version=" + version, token, null, null);
        }
    }

    @Test
    void searchPagesAreLongsAndCapped() {
        String token = adminToken();
        assertThat(get("/api/catalog/resources?page=1001&size=100", token).status())
                .isEqualTo(200);
        for (String query : List.of(
                "page=1002&size=100",
                "page=9223372036854775807",
                "page=9223372036854775807&size=9223372036854775807",
                "page=4611686018427387904&size=2")) {
            assertProblem(get("/api/catalog/resources?" + query, token), 400, ResourceService.PAGE_OUT_OF_RANGE);
        }
        for (String query : List.of(
                "page=99999999999999999999", "page=1e400", "page=NaN", "size=Infinity", "size=1.5", "page=%00")) {
            refused("GET", "/api/catalog/resources?" + query, token, null, null);
        }
    }

    @Test
    void applicationBodiesWithBadDatesOrNumbers() {
        Dept provider = newDepartment("恶意输入提供局");
        Dept consumer = newDepartment("恶意输入使用局");
        String resource = publishedResource(provider, "CONDITIONAL");
        String token = adminTokenOf(consumer);
        Map<String, Object> body = application(resource, "idNumber", "name");
        List<String> requiredDates = concat(DATES, List.of("\"\"", "[]", "null"));
        refusedAs("validTo", requiredDates, "POST", "/api/catalog/applications", token, body);
        refusedAs("expectedDailyVolume", COUNTS, "POST", "/api/catalog/applications", token, body);

        Response submitted = submit(consumer, body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.read("$.id");
        String approve = "/api/catalog/applications/" + id + "/approve";
        refusedAs("validTo", DATES, "POST", approve, adminTokenOf(provider), Map.of());
        refusedAs("dailyQuota", COUNTS, "POST", approve, adminTokenOf(provider), Map.of());
        assertThat(jdbc.queryForObject("SELECT status FROM share_application WHERE id = ?", String.class, id))
                .isEqualTo("PENDING");
        refused("GET", "/api/catalog/applications?overdue=maybe", token, null, null);
    }

    @Test
    void keyExpiriesOutOfRange() throws Exception {
        Dept dept = newDepartment("恶意密钥局");
        String pem = DepartmentKeyTestKeys.ed25519();
        String keys = "/api/catalog/departments/" + dept.code() + "/keys";
        refusedAs(
                "notAfter", INSTANTS, "POST", keys, adminTokenOf(dept), Map.of("alg", "ED25519", "publicKeyPem", pem));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** {@link #refused} for each of {@code values} as {@code field} of (a copy of) {@code body}. */
    private void refusedAs(
            String field, List<String> values, String method, String path, String token, Map<String, Object> body) {
        Map<String, Object> hostile = new LinkedHashMap<>(body);
        hostile.put(field, "@@hostile@@");
        for (String value : values) {
            refused(method, path, token, hostile, value);
        }
    }

    /** Sends {@code body} with the placeholder replaced by the raw JSON {@code value}; expects 400 and no change. */
    private void refused(String method, String path, String token, Map<String, Object> body, String value) {
        Map<String, Long> before = counts();
        String text = body == null ? null : json.writeValueAsString(body).replace(PLACEHOLDER, value);
        Response response = call(method, path, token, text);
        assertThat(response.status())
                .as(method + " " + path + " " + text + " → " + response.body())
                .isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).as(response.body()).isNotBlank();
        assertThat(counts()).as(method + " " + path + " " + value).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }
}
