package org.govexchange.legalentity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.govexchange.legalentity.entity.LegalEntity;
import org.govexchange.legalentity.entity.LegalEntityMapper;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LegalEntityRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    LegalEntityMapper entities;

    @Test
    void legalEntityRoundTripsThroughMyBatisPlus() {
        var entity = new LegalEntity();
        entity.setCreditCode("91350100M000100Y43");
        entity.setName("福州示例科技有限公司");
        entity.setEntityType("LIMITED_COMPANY");
        entity.setRegisteredCapital(new BigDecimal("1000000.00"));
        entity.setEstablishedDate(LocalDate.of(2015, 3, 2));
        entity.setStatus("ACTIVE");
        entity.setVersion(7L);
        entity.setSourceDept("11350100MB0000000X");
        entity.setUpdatedAt(LocalDateTime.of(2026, 11, 1, 9, 0));
        entities.insert(entity);

        assertThat(entities.selectById("91350100M000100Y43"))
                .usingRecursiveComparison()
                .isEqualTo(entity);
    }
}
