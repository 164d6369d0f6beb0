package org.govexchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.govexchange.certificate.type.CertificateType;
import org.govexchange.certificate.type.CertificateTypeMapper;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CertificateRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    CertificateTypeMapper types;

    @Test
    void certificateTypeRoundTripsThroughMyBatisPlus() {
        var type = new CertificateType();
        type.setTypeCode("11100000000013338W011");
        type.setName("营业执照");
        type.setHolderKind("ORGANISATION");
        type.setValidityDays(3650);
        type.setCreatedAt(LocalDateTime.of(2026, 1, 5, 10, 0));
        types.insert(type);

        assertThat(types.selectById("11100000000013338W011"))
                .usingRecursiveComparison()
                .isEqualTo(type);
    }
}
