package org.govexchange.contracts.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateIdTest {

    static final String VALID = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";

    @Test
    void theStandardExampleParsesByItsDots() {
        CertificateId id = CertificateId.parse(VALID);
        assertThat(id.typeCode()).isEqualTo("11100000000013338W011");
        assertThat(id.issuerCode()).isEqualTo("11430000006122244L");
        assertThat(id.serial()).isEqualTo("20230000403");
        assertThat(id.version()).isEqualTo("001");
        assertThat(id.check()).isEqualTo('U');
        assertThat(id.toString()).isEqualTo(VALID);
    }

    @Test
    void aWrongCheckCharacterIsAChecksumProblem() {
        assertThatThrownBy(() -> CertificateId.parse(VALID.substring(0, VALID.length() - 1) + "V"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code())
                        .isEqualTo("CERTIFICATE_ID_CHECKSUM"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001",
                "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.1.U",
                "1.2.156.3005.2.11100000000013338W011..20230000403.001.U",
                "1.2.156.3005.3.11100000000013338W011.11430000006122244L.20230000403.001.U",
                "1.2.156.3005.2.11100000000013338w011.11430000006122244L.20230000403.001.U",
                "1.2.156.3005.2.A.B.C.001.UU"
            })
    void malformedIdentifiersAreFormatProblems(String id) {
        assertThatThrownBy(() -> CertificateId.parse(id))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code())
                        .isEqualTo("CERTIFICATE_ID_FORMAT"));
    }

    @Test
    void composedIdentifiersOfAnyPartLengthValidate() {
        CertificateId id = CertificateId.compose("11100000000013338W011", "ISSUER7", "42", "002");
        assertThat(CertificateId.parse(id.toString())).isEqualTo(id);
    }
}
