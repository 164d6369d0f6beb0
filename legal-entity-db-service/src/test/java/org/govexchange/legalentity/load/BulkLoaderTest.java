package org.govexchange.legalentity.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.govexchange.basicdb.testing.BulkLoadContract;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.legalentity.entity.NameGrams;
import org.junit.jupiter.api.Test;

class BulkLoaderTest extends BulkLoadContract {

    BulkLoaderTest() {
        super(1_500, 1_000);
    }

    /** The entities with their name shingles. */
    @Override
    protected void checkLoaded() {
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
    }

    @Test
    void theDemoSeedFilledTheEmptyDatabaseIncludingTheDemoEntity() {
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM legal_entity WHERE credit_code = '91350100M000100Y43'", String.class))
                .isEqualTo("福州示例科技有限公司");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM legal_entity WHERE version = 1", Long.class))
                .isGreaterThanOrEqualTo(2000);
    }
}
