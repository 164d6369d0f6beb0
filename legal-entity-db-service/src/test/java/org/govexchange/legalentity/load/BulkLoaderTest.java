package org.govexchange.legalentity.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govexchange.basicdb.load.LoadResult;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.legalentity.entity.NameGrams;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class BulkLoaderTest {

    /** Far from the demo seed's indices. */
    static final long OFFSET = 40_000_000;

    @Autowired
    BulkLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoSeedFilledTheEmptyDatabaseIncludingTheDemoEntity() {
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM legal_entity WHERE credit_code = '91350100M000100Y43'", String.class))
                .isEqualTo("福州示例科技有限公司");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_entity WHERE version = 1", Long.class))
                .isGreaterThanOrEqualTo(2000);
    }

    @Test
    void theLoaderInsertsValidEntitiesWithTheirShinglesAndARepeatAddsNothing() throws Exception {
        long before = count();
        List<Long> progress = new ArrayList<>();

        LoadResult result = loader.load(OFFSET, 1_500, total -> {
            synchronized (progress) {
                progress.add(total);
            }
        });

        assertThat(result.rows()).isEqualTo(1_500);
        assertThat(count() - before).isEqualTo(1_500);
        assertThat(progress).contains(1_500L);
        var sample = new SyntheticEntities(20_261_122L).row(OFFSET + 777);
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM legal_entity WHERE credit_code = ?", String.class, sample.creditCode()))
                .isEqualTo(sample.name());
        assertThat(jdbc.queryForList(
                        "SELECT gram FROM legal_entity_name_gram WHERE credit_code = ?",
                        String.class,
                        sample.creditCode()))
                .containsExactlyInAnyOrderElementsOf(NameGrams.of(sample.name()));
        jdbc.queryForList("SELECT credit_code FROM legal_entity LIMIT 500", String.class)
                .forEach(code -> assertThat(CreditCodes.check(code)).isEmpty());

        loader.load(OFFSET, 1_500, total -> {});
        assertThat(count() - before).isEqualTo(1_500);
    }

    @Test
    void theRawReferenceInsertsTheSameRowsIntoScratchTablesAndDropsThem() throws Exception {
        LoadResult raw = loader.rawInsert(OFFSET + 10_000, 1_000);

        assertThat(raw.rows()).isEqualTo(1_000);
        assertThat(raw.rowsPerSecond()).isPositive();
        assertThat(jdbc.queryForList("SHOW TABLES LIKE '%load_scratch'")).isEmpty();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM legal_entity", Long.class);
    }
}
