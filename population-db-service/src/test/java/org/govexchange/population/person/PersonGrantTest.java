package org.govexchange.population.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.basicdb.testing.DataApiClient;
import org.govexchange.basicdb.testing.DataApiTest;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.population.PopulationTestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The service serves exactly what the token's grant allows: the grant's own masking (no table of the
 * service's), every compared or looked-up field granted, and only its own resource.
 */
class PersonGrantTest extends DataApiTest {

    static final String DEMO = PersonApiTest.DEMO;
    static final String PERSON = "/api/population/persons/" + DEMO;
    static final String VERIFY = "/api/population/persons/verify";
    static final String BATCH = "/api/population/persons/batch";

    @Test
    void theSameFieldIsPlainUnderOneTokenAndMaskedUnderAnother() throws Exception {
        var plain =
                api.get(PERSON, PopulationTestInfrastructure.grant(Set.of("name", "phone"), Set.of("name", "phone")));
        var masked = api.get(PERSON, PopulationTestInfrastructure.grant(Set.of("name", "phone"), Set.of()));

        assertThat(plain.json().get("name").asString()).isEqualTo("张三");
        assertThat(plain.json().get("phone").asString()).isEqualTo("13800138000");
        assertThat(masked.json().get("name").asString()).isEqualTo("张*");
        assertThat(masked.json().get("phone").asString()).isEqualTo("138****8000");
    }

    @Test
    void theMaskingIsTheTokensEvenWhereTheCatalogWouldShowTheValue() throws Exception {
        // gender and status are plain in the catalog; a grant that says FULL hides them, whatever the service thinks.
        Map<String, Masking> masking = new LinkedHashMap<>();
        masking.put("idNumber", Masking.FULL);
        masking.put("gender", Masking.FULL);
        masking.put("status", Masking.NONE);

        var json = api.get(PERSON, DataApiClient.grant(PopulationTestInfrastructure.PSB_RESOURCE, masking))
                .json();

        assertThat(json.propertyNames()).containsExactly("idNumber", "gender", "status");
        assertThat(json.get("idNumber").asString()).isEqualTo("***");
        assertThat(json.get("gender").asString()).isEqualTo("***");
        assertThat(json.get("status").asString()).isEqualTo("ALIVE");
    }

    @Test
    void verifyingANameNeedsTheNameGranted() throws Exception {
        String body = "{\"idNumber\":\"" + DEMO + "\",\"name\":\"张三\"}";

        var withoutName =
                api.post(VERIFY, PopulationTestInfrastructure.grant(Set.of("idNumber", "gender"), Set.of()), body);
        var withName = api.post(VERIFY, PopulationTestInfrastructure.grant(Set.of("idNumber", "name"), Set.of()), body);

        assertFieldNotGranted(withoutName, "name");
        assertThat(withName.status()).isEqualTo(200);
        assertThat(withName.json().get("match").asBoolean()).isTrue();
    }

    @Test
    void everyComparedFieldMustBeGrantedTheNumberIncluded() throws Exception {
        var noBirthDate = api.post(
                VERIFY,
                PopulationTestInfrastructure.grant(Set.of("idNumber", "name"), Set.of()),
                "{\"idNumber\":\"" + DEMO + "\",\"name\":\"张三\",\"birthDate\":\"1949-12-31\"}");
        var nothing = api.post(
                VERIFY,
                PopulationTestInfrastructure.grant(Set.of("gender"), Set.of()),
                "{\"idNumber\":\"" + DEMO + "\",\"name\":\"张三\",\"birthDate\":\"1949-12-31\"}");

        assertFieldNotGranted(noBirthDate, "birthDate");
        assertFieldNotGranted(nothing, "idNumber", "name", "birthDate");
    }

    @Test
    void aBatchNeedsTheNumberGrantedAndReturnsRecordsMaskedByTheToken() throws Exception {
        String body = "{\"idNumbers\":[\"" + DEMO + "\"]}";

        var noKey = api.post(BATCH, PopulationTestInfrastructure.grant(Set.of("name", "phone"), Set.of()), body);
        var granted = api.post(
                BATCH, PopulationTestInfrastructure.grant(Set.of("idNumber", "name", "phone"), Set.of("name")), body);

        assertFieldNotGranted(noKey, "idNumber");
        assertThat(granted.status()).isEqualTo(200);
        JsonNode record = granted.json().get("found").get(0).get("record");
        assertThat(record.propertyNames()).containsExactly("idNumber", "name", "phone");
        assertThat(record.get("idNumber").asString()).isEqualTo("110105********002X");
        assertThat(record.get("name").asString()).isEqualTo("张三");
        assertThat(record.get("phone").asString()).isEqualTo("138****8000");
    }

    @Test
    void aTokenForTheLegalEntityResourceOpensNothingHere() throws Exception {
        GrantContext legalEntities =
                DataApiClient.grant("102001/000001", Map.of("idNumber", Masking.NONE, "name", Masking.NONE));

        for (var response : List.of(
                api.get(PERSON, legalEntities),
                api.post(VERIFY, legalEntities, "{\"idNumber\":\"" + DEMO + "\",\"name\":\"张三\"}"),
                api.post(BATCH, legalEntities, "{\"idNumbers\":[\"" + DEMO + "\"]}"))) {
            assertResourceMismatch(response, "张");
        }
    }
}
