package org.govexchange.legalentity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.basicdb.testing.DataApiClient;
import org.govexchange.basicdb.testing.DataApiTest;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.legalentity.LegalEntityTestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service serves exactly what the token's grant allows: the grant's own masking (no table of the
 * service's), every compared, looked-up or filtered field granted, and only its own resource.
 */
class EntityGrantTest extends DataApiTest {

    static final String DEMO = EntityApiTest.DEMO;
    static final String ENTITY = "/api/legal-entities/entities/" + DEMO;
    static final String VERIFY = "/api/legal-entities/entities/verify";
    static final String BATCH = "/api/legal-entities/entities/batch";
    static final String SEARCH = "/api/legal-entities/entities?name=%E7%A4%BA%E4%BE%8B%E7%A7%91%E6%8A%80";

    @Test
    void theSameFieldIsPlainUnderOneTokenAndMaskedUnderAnother() throws Exception {
        Set<String> fields = Set.of("legalRepresentative", "legalRepresentativeIdNumber");
        var plain = api.get(ENTITY, LegalEntityTestInfrastructure.grant(fields, fields));
        var masked = api.get(ENTITY, LegalEntityTestInfrastructure.grant(fields, Set.of()));

        assertThat(plain.json().get("legalRepresentative").asString()).isEqualTo("张三");
        assertThat(plain.json().get("legalRepresentativeIdNumber").asString()).isEqualTo("11010519491231002X");
        assertThat(masked.json().get("legalRepresentative").asString()).isEqualTo("张*");
        assertThat(masked.json().get("legalRepresentativeIdNumber").asString()).isEqualTo("110105********002X");
    }

    @Test
    void theMaskingIsTheTokensEvenForAFieldTheCatalogShowsPlain() throws Exception {
        Map<String, Masking> masking = new LinkedHashMap<>();
        masking.put("creditCode", Masking.NONE);
        masking.put("name", Masking.FULL);
        masking.put("address", Masking.ADDRESS);

        var json = api.get(ENTITY, DataApiClient.grant(LegalEntityTestInfrastructure.AMR_RESOURCE, masking))
                .json();

        assertThat(json.propertyNames()).containsExactly("creditCode", "name", "address");
        assertThat(json.get("creditCode").asString()).isEqualTo(DEMO);
        assertThat(json.get("name").asString()).isEqualTo("***");
        assertThat(json.get("address").asString()).startsWith("福建省福州市*").doesNotContain("鼓楼");
    }

    @Test
    void verifyingANameNeedsTheNameGranted() throws Exception {
        String body = "{\"creditCode\":\"" + DEMO + "\",\"name\":\"福州示例科技有限公司\"}";

        var withoutName =
                api.post(VERIFY, LegalEntityTestInfrastructure.grant(Set.of("creditCode", "type"), Set.of()), body);
        var withName =
                api.post(VERIFY, LegalEntityTestInfrastructure.grant(Set.of("creditCode", "name"), Set.of()), body);

        assertFieldNotGranted(withoutName, "name");
        assertThat(withName.status()).isEqualTo(200);
        assertThat(withName.json().get("match").asBoolean()).isTrue();
    }

    @Test
    void verifyingTheRepresentativeNeedsItGrantedAndTheCodeToo() throws Exception {
        String body = "{\"creditCode\":\"" + DEMO + "\",\"name\":\"福州示例科技有限公司\",\"legalRepresentative\":\"张三\"}";

        var noRepresentative =
                api.post(VERIFY, LegalEntityTestInfrastructure.grant(Set.of("creditCode", "name"), Set.of()), body);
        var noCode = api.post(
                VERIFY, LegalEntityTestInfrastructure.grant(Set.of("name", "legalRepresentative"), Set.of()), body);

        assertFieldNotGranted(noRepresentative, "legalRepresentative");
        assertFieldNotGranted(noCode, "creditCode");
    }

    @Test
    void aBatchNeedsTheCodeGrantedAndReturnsRecordsMaskedByTheToken() throws Exception {
        String body = "{\"creditCodes\":[\"" + DEMO + "\"]}";

        var noKey = api.post(BATCH, LegalEntityTestInfrastructure.grant(Set.of("name"), Set.of()), body);
        var granted = api.post(
                BATCH,
                LegalEntityTestInfrastructure.grant(Set.of("creditCode", "name", "legalRepresentative"), Set.of()),
                body);

        assertFieldNotGranted(noKey, "creditCode");
        assertThat(granted.status()).isEqualTo(200);
        JsonNode record = granted.json().get("found").get(0).get("record");
        assertThat(record.propertyNames()).containsExactly("creditCode", "name", "legalRepresentative");
        assertThat(record.get("legalRepresentative").asString()).isEqualTo("张*");
    }

    @Test
    void searchingByNameOrFilteringByStatusNeedsThemGranted() throws Exception {
        var noName = api.get(SEARCH, LegalEntityTestInfrastructure.grant(Set.of("creditCode", "status"), Set.of()));
        var noStatus = api.get(
                SEARCH + "&status=OPERATING",
                LegalEntityTestInfrastructure.grant(Set.of("creditCode", "name"), Set.of()));
        var both = api.get(
                SEARCH + "&status=OPERATING",
                LegalEntityTestInfrastructure.grant(Set.of("creditCode", "name", "status"), Set.of()));

        assertFieldNotGranted(noName, "name");
        assertFieldNotGranted(noStatus, "status");
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.json().get("items")).isNotEmpty();
    }

    @Test
    void aTokenForThePopulationResourceOpensNothingHere() throws Exception {
        GrantContext population = DataApiClient.grant(
                "101001/000001", Map.of("creditCode", Masking.NONE, "name", Masking.NONE, "status", Masking.NONE));

        for (var response : List.of(
                api.get(ENTITY, population),
                api.get(SEARCH, population),
                api.post(VERIFY, population, "{\"creditCode\":\"" + DEMO + "\",\"name\":\"福州示例科技有限公司\"}"),
                api.post(BATCH, population, "{\"creditCodes\":[\"" + DEMO + "\"]}"))) {
            assertResourceMismatch(response, "示例");
        }
    }
}
