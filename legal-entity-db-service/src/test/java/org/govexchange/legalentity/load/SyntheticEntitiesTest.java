package org.govexchange.legalentity.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.legalentity.entity.EntityStatus;
import org.govexchange.legalentity.entity.EntityType;
import org.junit.jupiter.api.Test;

class SyntheticEntitiesTest {

    final SyntheticEntities generator = new SyntheticEntities(42);

    @Test
    void indexZeroIsTheDemoEntity() {
        var demo = generator.row(0);

        assertThat(demo.creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(demo.name()).isEqualTo("福州示例科技有限公司");
        assertThat(demo.legalRepresentative()).isEqualTo("张三");
    }

    @Test
    void rowsAreValidDistinctAndPlausible() {
        Set<String> codes = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (long index = 0; index < 50_000; index++) {
            var row = generator.row(index);
            assertThat(CreditCodes.check(row.creditCode())).isEmpty();
            assertThat(codes.add(row.creditCode()))
                    .as("unique %s", row.creditCode())
                    .isTrue();
            assertThat(ResidentIdNumbers.check(row.legalRepresentativeIdNumber()))
                    .isEmpty();
            assertThat(EntityType.valueOf(row.type())).isNotNull();
            assertThat(EntityStatus.valueOf(row.status())).isNotNull();
            assertThat(row.establishedOn()).isBetween(LocalDate.of(1985, 1, 1), LocalDate.now());
            assertThat(row.industryCode()).matches("[A-T][0-9]{2,4}");
            assertThat(row.name().length()).isBetween(4, 256);
            assertThat(row.address().length()).isLessThanOrEqualTo(256);
            types.add(row.type());
        }
        assertThat(types).hasSize(EntityType.values().length);
    }

    @Test
    void theSameIndexAlwaysGivesTheSameRow() {
        assertThat(new SyntheticEntities(42).row(98_765)).isEqualTo(generator.row(98_765));
    }
}
