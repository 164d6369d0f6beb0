package org.govexchange.legalentity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.basicdb.testing.DataApiTest;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.legalentity.LegalEntityTestInfrastructure;
import org.govexchange.legalentity.TestCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The data API through its HTTP surface, as the gateway calls it, on the demo seed of the test context. */
class EntityApiTest extends DataApiTest {

    static final String DEMO = "91350100M000100Y43";

    static final GrantContext PUBLIC_FIELDS = LegalEntityTestInfrastructure.grant(
            Set.of("creditCode", "name", "type", "status", "legalRepresentative", "legalRepresentativeIdNumber"),
            Set.of());

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGrantedDepartmentGetsItsFieldsWithTheRepresentativeMasked() throws Exception {
        var response = api.get("/api/legal-entities/entities/" + DEMO, PUBLIC_FIELDS);

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.propertyNames())
                .containsExactlyInAnyOrder(
                        "creditCode", "name", "type", "status", "legalRepresentative", "legalRepresentativeIdNumber");
        assertThat(json.get("name").asString()).isEqualTo("福州示例科技有限公司");
        assertThat(json.get("type").asString()).isEqualTo("ENTERPRISE");
        assertThat(json.get("legalRepresentative").asString()).isEqualTo("张*");
        assertThat(json.get("legalRepresentativeIdNumber").asString()).isEqualTo("110105********002X");
    }

    @Test
    void plainFieldsComeOutPlainAndTheCapitalAsANumber() throws Exception {
        var grant = LegalEntityTestInfrastructure.grant(
                Set.of("legalRepresentative", "registeredCapital", "currency", "establishedOn"),
                Set.of("legalRepresentative"));

        var json = api.get("/api/legal-entities/entities/" + DEMO, grant).json();

        assertThat(json.get("legalRepresentative").asString()).isEqualTo("张三");
        assertThat(json.get("registeredCapital").isNumber()).isTrue();
        assertThat(json.get("registeredCapital").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(json.get("currency").asString()).isEqualTo("CNY");
        assertThat(json.get("establishedOn").asString()).isEqualTo("2015-03-02");
    }

    @Test
    void aLowerCaseCodeIsAccepted() throws Exception {
        var response = api.get("/api/legal-entities/entities/" + DEMO.toLowerCase(), PUBLIC_FIELDS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("creditCode").asString()).isEqualTo(DEMO);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "91350100M000100Y44, CREDIT_CODE_CHECKSUM",
        "91350100M000100Y4, CREDIT_CODE_FORMAT",
        "9135010OM000100Y43, CREDIT_CODE_FORMAT",
        "91ABCDEFM000100Y43, CREDIT_CODE_FORMAT"
    })
    void anInvalidCodeIsA400WithItsCode(String creditCode, String code) throws Exception {
        var response = api.get("/api/legal-entities/entities/" + creditCode, PUBLIC_FIELDS);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    @Test
    void anUnknownValidCodeIs404() throws Exception {
        var response = api.get("/api/legal-entities/entities/" + TestCodes.next(), PUBLIC_FIELDS);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("LEGAL_ENTITY_NOT_FOUND");
    }

    @Test
    void verificationSaysMatchAndNothingElse() throws Exception {
        var match = api.post(
                "/api/legal-entities/entities/verify",
                PUBLIC_FIELDS,
                "{\"creditCode\":\"" + DEMO + "\",\"name\":\"福州示例科技有限公司\",\"legalRepresentative\":\"张三\"}");
        assertThat(match.json().propertyNames()).containsExactlyInAnyOrder("match", "mismatched");
        assertThat(match.json().get("match").asBoolean()).isTrue();

        var mismatch = api.post(
                "/api/legal-entities/entities/verify",
                PUBLIC_FIELDS,
                "{\"creditCode\":\"" + DEMO + "\",\"name\":\"福州示例科技有限公司\",\"legalRepresentative\":\"李四\"}");
        assertThat(mismatch.json().get("match").asBoolean()).isFalse();
        assertThat(strings(mismatch.json().get("mismatched"))).containsExactly("legalRepresentative");
        assertThat(mismatch.body()).doesNotContain("张三");

        var unknown = api.post(
                "/api/legal-entities/entities/verify",
                PUBLIC_FIELDS,
                "{\"creditCode\":\"" + TestCodes.next() + "\",\"name\":\"无此公司\"}");
        assertThat(strings(unknown.json().get("mismatched"))).containsExactly("creditCode");

        var malformed = api.post(
                "/api/legal-entities/entities/verify",
                PUBLIC_FIELDS,
                "{\"creditCode\":\"91350100M000100Y44\",\"name\":\"福州示例科技有限公司\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("CREDIT_CODE_CHECKSUM");
    }

    @Test
    void aBatchReportsFoundUnknownAndInvalidCodesWithoutFailing() throws Exception {
        String unknown = TestCodes.next();
        var response = api.post(
                "/api/legal-entities/entities/batch",
                PUBLIC_FIELDS,
                "{\"creditCodes\":[\"" + DEMO + "\",\"91350100M000100Y44\",\"" + unknown + "\",\"x\"]}");

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("found")).hasSize(1);
        assertThat(json.get("found")
                        .get(0)
                        .get("record")
                        .get("legalRepresentative")
                        .asString())
                .isEqualTo("张*");
        assertThat(strings(json.get("notFound"))).containsExactly(unknown);
        List<String> invalid = new ArrayList<>();
        json.get("invalid")
                .forEach(n -> invalid.add(
                        n.get("creditCode").asString() + "=" + n.get("code").asString()));
        assertThat(invalid).containsExactly("91350100M000100Y44=CREDIT_CODE_CHECKSUM", "x=CREDIT_CODE_FORMAT");
    }

    @Test
    void searchByPartOfTheNameFindsEveryEntityContainingIt() throws Exception {
        var response = api.get("/api/legal-entities/entities?name=" + encode("示例科技") + "&size=100", PUBLIC_FIELDS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(names(response.json())).contains("福州示例科技有限公司").allMatch(n -> n.contains("示例科技"));
        Long expected = jdbc.queryForObject("SELECT COUNT(*) FROM legal_entity WHERE name LIKE '%示例科技%'", Long.class);
        assertThat(response.json().get("total").asLong()).isEqualTo(expected);
    }

    @Test
    void aCommonTwoCharacterSearchPagesInCodeOrderAndAgreesWithAScan() throws Exception {
        Long expected = jdbc.queryForObject("SELECT COUNT(*) FROM legal_entity WHERE name LIKE '%科技%'", Long.class);
        List<String> codes = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            var json = api.get(
                            "/api/legal-entities/entities?name=" + encode("科技") + "&size=20&page=" + page,
                            PUBLIC_FIELDS)
                    .json();
            assertThat(json.get("total").asLong()).isEqualTo(expected);
            assertThat(json.get("totalIsLowerBound").asBoolean()).isFalse();
            json.get("items").forEach(item -> codes.add(item.get("creditCode").asString()));
        }
        assertThat(codes).hasSize((int) Math.min(60, expected)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void prefixSearchAndStatusFilter() throws Exception {
        var json = api.get(
                        "/api/legal-entities/entities?name=" + encode("福州示例") + "&match=PREFIX&status=OPERATING",
                        PUBLIC_FIELDS)
                .json();
        assertThat(names(json)).contains("福州示例科技有限公司").allMatch(n -> n.startsWith("福州示例"));

        var cancelled = api.get(
                        "/api/legal-entities/entities?name=" + encode("福州示例") + "&match=PREFIX&status=CANCELLED",
                        PUBLIC_FIELDS)
                .json();
        assertThat(names(cancelled)).doesNotContain("福州示例科技有限公司");
    }

    @Test
    void searchRulesAreProblemsNotErrors() throws Exception {
        var tooShort = api.get("/api/legal-entities/entities?name=" + encode("福"), PUBLIC_FIELDS);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("code").asString()).isEqualTo("NAME_QUERY_TOO_SHORT");

        var badStatus = api.get("/api/legal-entities/entities?name=" + encode("科技") + "&status=ALIVE", PUBLIC_FIELDS);
        assertThat(badStatus.status()).isEqualTo(400);

        var tooDeep =
                api.get("/api/legal-entities/entities?name=" + encode("科技") + "&page=1000&size=100", PUBLIC_FIELDS);
        assertThat(tooDeep.status()).isEqualTo(400);

        var noName = api.get(
                "/api/legal-entities/entities?name=" + encode("科技"),
                LegalEntityTestInfrastructure.grant(Set.of("creditCode", "status"), Set.of()));
        assertThat(noName.status()).isEqualTo(403);
        assertThat(noName.json().get("code").asString()).isEqualTo("FIELD_NOT_GRANTED");

        var wildcard = api.get("/api/legal-entities/entities?name=" + encode("%_"), PUBLIC_FIELDS);
        assertThat(wildcard.status()).isEqualTo(200);
        assertThat(wildcard.json().get("total").asLong()).isZero();
    }

    /** 1 M entities must not be scanned: every search plan reads through an index, none a whole table. */
    @Test
    void everySearchPlanUsesAnIndex() {
        jdbc.execute("ANALYZE TABLE legal_entity, legal_entity_name_gram");
        for (var query : List.of(
                EntitySearch.pageQuery(EntitySearch.Match.CONTAINS, "科技", null, 20, 0),
                EntitySearch.pageQuery(EntitySearch.Match.CONTAINS, "鑫源科技有限公司", "OPERATING", 20, 0),
                EntitySearch.countQuery(EntitySearch.Match.CONTAINS, "示例科技", null),
                EntitySearch.countQuery(EntitySearch.Match.CONTAINS, "科技", null),
                EntitySearch.countQuery(EntitySearch.Match.CONTAINS, "科技", "REVOKED"),
                EntitySearch.pageQuery(EntitySearch.Match.PREFIX, "福州示例", null, 20, 0),
                EntitySearch.pageQuery(EntitySearch.Match.PREFIX, "福州", "OPERATING", 20, 0),
                EntitySearch.countQuery(EntitySearch.Match.PREFIX, "福州", null))) {
            List<Map<String, Object>> plan =
                    jdbc.queryForList("EXPLAIN " + query.sql(), query.args().toArray());
            assertThat(plan).as("plan of %s: %s", query.sql(), plan).allSatisfy(step -> {
                // A capped count reads its own small derived table (at most COUNT_LIMIT + 1 rows) in full.
                if (!String.valueOf(step.get("table")).startsWith("<derived")) {
                    assertThat(step.get("type")).isNotEqualTo("ALL");
                }
                if ("e".equals(step.get("table"))) {
                    assertThat(step.get("key")).isIn("PRIMARY", "idx_legal_entity_name");
                }
                if (String.valueOf(step.get("table")).startsWith("g")) {
                    assertThat(step.get("key")).isEqualTo("PRIMARY");
                }
            });
        }
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
