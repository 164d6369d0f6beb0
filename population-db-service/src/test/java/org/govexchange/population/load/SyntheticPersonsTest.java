package org.govexchange.population.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.junit.jupiter.api.Test;

class SyntheticPersonsTest {

    final SyntheticPersons generator = new SyntheticPersons(42);

    @Test
    void indexZeroIsTheDemoResident() {
        var demo = generator.row(0);

        assertThat(demo.idNumber()).isEqualTo("11010519491231002X");
        assertThat(demo.name()).isEqualTo("张三");
        assertThat(demo.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void rowsAreValidDistinctAndPlausible() {
        Set<String> seen = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (long index = 0; index < 60_000; index++) {
            var row = generator.row(index);
            assertThat(ResidentIdNumbers.check(row.idNumber())).isEmpty();
            assertThat(seen.add(row.idNumber())).as("unique %s", row.idNumber()).isTrue();
            assertThat(row.gender()).isEqualTo(ResidentIdNumbers.genderCode(row.idNumber()));
            assertThat(row.birthDate()).isEqualTo(ResidentIdNumbers.birthDate(row.idNumber()));
            assertThat(row.birthDate()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2015, 12, 31));
            assertThat(row.name().codePointCount(0, row.name().length())).isBetween(2, 4);
            assertThat(row.ethnicity()).matches("0[1-9]|[1-4][0-9]|5[0-6]");
            assertThat(row.phone()).matches("1[3-9][0-9]{9}");
            regions.add(row.idNumber().substring(0, 6));
        }
        assertThat(regions).hasSize(Regions.ALL.size());
    }

    @Test
    void theSameIndexAlwaysGivesTheSameRow() {
        assertThat(new SyntheticPersons(42).row(123_456)).isEqualTo(generator.row(123_456));
    }

    @Test
    void farIndicesStayDistinct() {
        Set<String> seen = new HashSet<>();
        for (long index = SyntheticPersons.CAPACITY - 20_000; index < SyntheticPersons.CAPACITY; index++) {
            assertThat(seen.add(generator.row(index).idNumber())).isTrue();
        }
        for (long index = 0; index < 20_000; index++) {
            assertThat(seen.add(generator.row(index).idNumber())).isTrue();
        }
    }
}
