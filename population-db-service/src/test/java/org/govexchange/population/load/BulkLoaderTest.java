package org.govexchange.population.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.govexchange.basicdb.testing.BulkLoadContract;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.junit.jupiter.api.Test;

class BulkLoaderTest extends BulkLoadContract {

    BulkLoaderTest() {
        super(2_500, 2_000);
    }

    @Override
    protected void checkLoaded() {
        var sample = new SyntheticPersons(20_261_122L).row(OFFSET + 1_234);
        var stored = jdbc.queryForMap("SELECT * FROM person WHERE id_number = ?", sample.idNumber());
        assertThat(stored.get("name")).isEqualTo(sample.name());
        assertThat(stored.get("residence_address")).isEqualTo(sample.residenceAddress());
        jdbc.queryForList(
                        "SELECT id_number FROM person WHERE source_dept = '11350100003501011L' LIMIT 500", String.class)
                .forEach(id -> assertThat(ResidentIdNumbers.check(id)).isEmpty());
    }

    @Test
    void theDemoSeedFilledTheEmptyDatabaseIncludingTheDemoResident() {
        assertThat(jdbc.queryForObject("SELECT name FROM person WHERE id_number = '11010519491231002X'", String.class))
                .isEqualTo("张三");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE version = 1", Long.class))
                .isGreaterThanOrEqualTo(200);
    }
}
