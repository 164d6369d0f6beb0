package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govexchange.contracts.identifier.CertificateId;
import org.govexchange.contracts.identifier.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

/** The identifiers this service assigns and accepts (the parser itself lives in platform-contracts). */
class CertificateIdentifierTest {

    static final String VECTOR = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";

    @Test
    void theIssueVectorIsValidAndComposesToItself() {
        CertificateId id = CertificateId.parse(VECTOR);
        assertThat(id.check()).isEqualTo('U');
        assertThat(CertificateId.compose(id.typeCode(), id.issuerCode(), id.serial(), id.version())
                        .toString())
                .isEqualTo(VECTOR);
    }

    @Test
    void aWrongCheckCharacterAndABadFormatHaveTheirOwnCodes() {
        assertThatThrownBy(() -> CertificateId.parse(VECTOR.replace(".U", ".V")))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code())
                        .isEqualTo("CERTIFICATE_ID_CHECKSUM"));
        assertThatThrownBy(() -> CertificateId.parse("1.2.156.3005.2.11100000000013338W011.001.U"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.code())
                        .isEqualTo("CERTIFICATE_ID_FORMAT"));
    }

    @Test
    void shorterIssuerCodesAndSerialsAreParsedByTheDots() {
        CertificateId composed = CertificateId.compose("11100000000013338W011", "4300A", "77", "002");
        assertThat(CertificateId.parse(composed.toString())).isEqualTo(composed);
    }
}
