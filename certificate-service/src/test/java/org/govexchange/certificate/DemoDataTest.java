package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govexchange.certificate.demo.DemoDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The local stack's demo data (enabled in the test configuration with fewer people): loaded once, reloaded as a no-op. */
class DemoDataTest extends CertificateServiceTest {

    static final String DEMO_PERSON = "11010519491231002X";
    static final String HOUSEHOLD_REGISTER = "11100000000013100M002";
    static final String MARRIAGE_CERTIFICATE = "111000000000134346001";
    static final String BUSINESS_LICENCE = "11100000000013338W011";

    @Autowired
    DemoDataLoader loader;

    @Test
    void demoTypesCertificatesAndMatterAreThereAndALoadAgainIssuesNothing() {
        int before = count();
        // 12 household registers, 6 marriage certificates (60 % in couples), 10 business licences.
        assertThat(countOf(HOUSEHOLD_REGISTER)).isEqualTo(12);
        assertThat(countOf(MARRIAGE_CERTIFICATE)).isEqualTo(6);
        assertThat(countOf(BUSINESS_LICENCE)).isEqualTo(10);
        // The 10th licence ran out.
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate where type_code = ? and valid_to < current_date",
                        Integer.class,
                        BUSINESS_LICENCE))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate where type_code = ? and status = 'REVOKED'",
                        Integer.class,
                        BUSINESS_LICENCE))
                .isZero();

        assertThat(loader.load()).isZero();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theDemoPersonNeedsToBringNothingForTheDemoMatter() {
        String consent =
                consent(DEMO_PERSON, List.of(HOUSEHOLD_REGISTER, MARRIAGE_CERTIFICATE), HRSS, "FZ-SYDJ-0001", 1);
        var response = api.get(
                "/api/certificates/matters/FZ-SYDJ-0001/materials?holderId=" + DEMO_PERSON + "&consentId=" + consent,
                departmentSystem(HRSS));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode materials = response.json().get("materials");
        assertThat(materials.findValuesAsString("status")).containsExactly("SATISFIED", "SATISFIED");
        assertThat(materials.findValuesAsString("typeCode")).containsExactly(HOUSEHOLD_REGISTER, MARRIAGE_CERTIFICATE);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from certificate", Integer.class);
    }

    private int countOf(String typeCode) {
        return jdbc.queryForObject("select count(*) from certificate where type_code = ?", Integer.class, typeCode);
    }
}
