package org.govexchange.population.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.govexchange.basicdb.testing.DataApiTest;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.population.PopulationTestInfrastructure;
import org.govexchange.population.TestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The data API through its HTTP surface, as the gateway calls it, on the demo seed of the test context. */
class PersonApiTest extends DataApiTest {

    static final String DEMO = "11010519491231002X";

    /** The demo department's grant (hrss): five fields, all but the name plain. */
    static final GrantContext HRSS = PopulationTestInfrastructure.grant(
            Set.of("idNumber", "name", "gender", "birthDate", "residenceAddress"),
            Set.of("idNumber", "gender", "birthDate", "residenceAddress"));

    @Autowired
    PersonMapper persons;

    @Test
    void aGrantedDepartmentGetsExactlyItsFieldsWithTheUnplainOnesMasked() throws Exception {
        var response = api.get("/api/population/persons/" + DEMO, HRSS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().propertyNames())
                .containsExactlyInAnyOrder("idNumber", "name", "gender", "birthDate", "residenceAddress");
        assertThat(response.json().get("idNumber").asString()).isEqualTo(DEMO);
        assertThat(response.json().get("name").asString()).isEqualTo("张*");
        assertThat(response.json().get("gender").asString()).isEqualTo("2");
        assertThat(response.json().get("birthDate").asString()).isEqualTo("1949-12-31");
        assertThat(response.json().get("residenceAddress").asString()).isEqualTo("北京市朝阳区建国路1号");
    }

    @Test
    void withoutPlainValuesEverySensitiveFieldIsMasked() throws Exception {
        var grant = PopulationTestInfrastructure.grant(
                Set.of("idNumber", "name", "phone", "householdAddress", "status"), Set.of());

        var json = api.get("/api/population/persons/" + DEMO, grant).json();

        assertThat(json.get("idNumber").asString()).isEqualTo("110105********002X");
        assertThat(json.get("name").asString()).isEqualTo("张*");
        assertThat(json.get("phone").asString()).isEqualTo("138****8000");
        assertThat(json.get("householdAddress").asString()).isEqualTo("北京市朝阳区*****");
        assertThat(json.get("status").asString()).isEqualTo("ALIVE");
        assertThat(json.propertyNames()).hasSize(5);
    }

    @Test
    void aGrantWithoutFieldsGetsNothingOfThePerson() throws Exception {
        var response =
                api.get("/api/population/persons/" + DEMO, PopulationTestInfrastructure.grant(Set.of(), Set.of()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().propertyNames()).isEmpty();
    }

    @Test
    void aLegacyFifteenDigitNumberFindsTheSamePerson() throws Exception {
        var response = api.get("/api/population/persons/110105491231002", HRSS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("idNumber").asString()).isEqualTo(DEMO);
    }

    @Test
    void aLowerCaseCheckCharacterIsAccepted() throws Exception {
        var response = api.get("/api/population/persons/11010519491231002x", HRSS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("idNumber").asString()).isEqualTo(DEMO);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "110105194912310021, ID_NUMBER_CHECKSUM",
        "110105194902300028, ID_NUMBER_DATE",
        "110105299901010011, ID_NUMBER_DATE",
        "11010519491231002, ID_NUMBER_FORMAT",
        "11010519491231002Y, ID_NUMBER_FORMAT",
        "ABCDEFGHIJKLMNOPQR, ID_NUMBER_FORMAT"
    })
    void anInvalidNumberIsA400WithItsCode(String idNumber, String code) throws Exception {
        var response = api.get("/api/population/persons/" + idNumber, HRSS);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    @Test
    void anUnknownValidNumberIs404() throws Exception {
        var response = api.get("/api/population/persons/" + TestIds.next(true), HRSS);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void verificationSaysMatchAndNothingElse() throws Exception {
        var response = api.post(
                "/api/population/persons/verify",
                HRSS,
                "{\"idNumber\":\"" + DEMO + "\",\"name\":\"张三\",\"birthDate\":\"1949-12-31\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("match", "mismatched");
        assertThat(response.json().get("match").asBoolean()).isTrue();
        assertThat(response.json().get("mismatched")).isEmpty();
    }

    @Test
    void aMismatchNamesTheFieldButNeverTheStoredValue() throws Exception {
        var response = api.post(
                "/api/population/persons/verify",
                HRSS,
                "{\"idNumber\":\"" + DEMO + "\",\"name\":\"张四\",\"birthDate\":\"1950-01-01\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("match").asBoolean()).isFalse();
        assertThat(response.json().get("mismatched").valueStream().map(n -> n.asString()))
                .containsExactly("name", "birthDate");
        assertThat(response.body()).doesNotContain("张三").doesNotContain("1949");
    }

    @Test
    void verifyingAnUnregisteredNumberReportsTheNumber() throws Exception {
        var response = api.post(
                "/api/population/persons/verify",
                HRSS,
                "{\"idNumber\":\"" + TestIds.next(true) + "\",\"name\":\"王五\"}");

        assertThat(response.json().get("match").asBoolean()).isFalse();
        assertThat(response.json().get("mismatched").valueStream().map(n -> n.asString()))
                .containsExactly("idNumber");
    }

    @Test
    void verifyingAMalformedNumberIsA400NotA500() throws Exception {
        var response = api.post(
                "/api/population/persons/verify", HRSS, "{\"idNumber\":\"110105194912310021\",\"name\":\"张三\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("ID_NUMBER_CHECKSUM");
    }

    @Test
    void aBatchReportsFoundUnknownAndInvalidNumbersWithoutFailing() throws Exception {
        String unknown = TestIds.next(false);
        var response = api.post(
                "/api/population/persons/batch",
                HRSS,
                "{\"idNumbers\":[\"" + DEMO + "\",\"110105194912310021\",\"" + unknown
                        + "\",\"12345\",\"110105491231002\",null,\"110105194902300028\"]}");

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("found")).hasSize(1);
        assertThat(json.get("found").get(0).get("idNumber").asString()).isEqualTo(DEMO);
        assertThat(json.get("found").get(0).get("record").get("name").asString())
                .isEqualTo("张*");
        assertThat(json.get("found").get(0).get("record").propertyNames()).hasSize(5);
        assertThat(json.get("notFound").valueStream().map(n -> n.asString())).containsExactly(unknown);
        List<String> invalid = new ArrayList<>();
        json.get("invalid")
                .forEach(n -> invalid.add((n.has("idNumber") ? n.get("idNumber").asString() : "null") + "="
                        + n.get("code").asString()));
        assertThat(invalid)
                .containsExactly(
                        "110105194912310021=ID_NUMBER_CHECKSUM",
                        "12345=ID_NUMBER_FORMAT",
                        "null=ID_NUMBER_FORMAT",
                        "110105194902300028=ID_NUMBER_DATE");
    }

    @Test
    void aBatchOfMoreThanAHundredIsRefused() throws Exception {
        String ids = String.join("\",\"", Collections.nCopies(101, DEMO));
        var response = api.post("/api/population/persons/batch", HRSS, "{\"idNumbers\":[\"" + ids + "\"]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
    }
}
