package org.govexchange.legalentity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.govexchange.basicdb.testing.BasicDatabaseRuntimeContract;
import org.govexchange.legalentity.entity.LegalEntity;
import org.govexchange.legalentity.entity.LegalEntityMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LegalEntityRuntimeTest extends BasicDatabaseRuntimeContract {

    LegalEntityRuntimeTest() {
        super(LegalEntityTestInfrastructure.DATABASE);
    }

    @Autowired
    LegalEntityMapper entities;

    @Test
    void legalEntityRoundTripsThroughMyBatisPlus() {
        var entity = new LegalEntity();
        entity.setCreditCode(TestCodes.next());
        entity.setName("福州往返测试合作社");
        entity.setEntityType("ENTERPRISE");
        entity.setLegalRepresentative("李四");
        entity.setLegalRepresentativeIdNumber("11010519491231002X");
        entity.setRegisteredCapital(new BigDecimal("1000000.00"));
        entity.setCurrency("CNY");
        entity.setEstablishedOn(LocalDate.of(2015, 3, 2));
        entity.setStatus("OPERATING");
        entity.setIndustryCode("A0190");
        entity.setVersion(7L);
        entity.setSourceDept("1135010000350102XC");
        entity.setUpdatedAt(LocalDateTime.of(2026, 11, 1, 9, 0));
        entities.insert(entity);

        assertThat(entities.selectById(entity.getCreditCode()))
                .usingRecursiveComparison()
                .isEqualTo(entity);
    }
}
