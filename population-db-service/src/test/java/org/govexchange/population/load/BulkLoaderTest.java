package org.govexchange.population.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govexchange.basicdb.load.LoadResult;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class BulkLoaderTest {

    /** Far from the demo seed's indices 0..199. */
    static final long OFFSET = 40_000_000;

    @Autowired
    BulkLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoSeedFilledTheEmptyDatabaseIncludingTheDemoResident() {
        assertThat(jdbc.queryForObject("SELECT name FROM person WHERE id_number = '11010519491231002X'", String.class))
                .isEqualTo("张三");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE version = 1", Long.class))
                .isGreaterThanOrEqualTo(200);
    }

    @Test
    void theLoaderInsertsValidResidentsAndARepeatAddsNothing() throws Exception {
        long before = count();
        List<Long> progress = new ArrayList<>();

        LoadResult result = loader.load(OFFSET, 2_500, total -> {
            synchronized (progress) {
                progress.add(total);
            }
        });

        assertThat(result.rows()).isEqualTo(2_500);
        assertThat(result.rowsPerSecond()).isPositive();
        assertThat(count() - before).isEqualTo(2_500);
        assertThat(progress).contains(2_500L);
        var sample = new SyntheticPersons(20_261_122L).row(OFFSET + 1_234);
        var stored = jdbc.queryForMap("SELECT * FROM person WHERE id_number = ?", sample.idNumber());
        assertThat(stored.get("name")).isEqualTo(sample.name());
        assertThat(stored.get("residence_address")).isEqualTo(sample.residenceAddress());
        jdbc.queryForList(
                        "SELECT id_number FROM person WHERE source_dept = '11350100003501011L' LIMIT 500", String.class)
                .forEach(id -> assertThat(ResidentIdNumbers.check(id)).isEmpty());

        loader.load(OFFSET, 2_500, total -> {});
        assertThat(count() - before).isEqualTo(2_500);
    }

    @Test
    void theRawReferenceInsertsTheSameRowsIntoAScratchTableAndDropsIt() throws Exception {
        LoadResult raw = loader.rawInsert(OFFSET + 10_000, 2_000);

        assertThat(raw.rows()).isEqualTo(2_000);
        assertThat(raw.rowsPerSecond()).isPositive();
        assertThat(jdbc.queryForList("SHOW TABLES LIKE 'person_load_scratch'")).isEmpty();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
    }
}
