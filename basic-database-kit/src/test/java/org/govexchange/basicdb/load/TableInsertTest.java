package org.govexchange.basicdb.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableInsertTest {

    @Test
    void hasOnePlaceholderPerColumn() {
        var insert = new TableInsert<String>("person_name_gram", "(gram, id_number)", (statement, row, now) -> {});

        assertThat(insert.sql("INSERT IGNORE", insert.table()))
                .isEqualTo("INSERT IGNORE INTO person_name_gram (gram, id_number) VALUES (?, ?)");
        assertThat(insert.sql("INSERT", BatchLoader.scratch(insert.table())))
                .isEqualTo("INSERT INTO person_name_gram_load_scratch (gram, id_number) VALUES (?, ?)");
    }

    @Test
    void loadModeIsRequestedByAPositiveCountOnly() {
        String property = "gx.toy.load.count";
        String variable = "GX_TOY_LOAD_COUNT_NOT_SET";

        assertThat(LoadMode.requested(new String[] {"--gx.toy.load.count=5"}, property, variable))
                .isTrue();
        assertThat(LoadMode.requested(new String[] {"--gx.toy.load.count=0"}, property, variable))
                .isFalse();
        assertThat(LoadMode.requested(new String[] {"--gx.toy.load.count=many"}, property, variable))
                .isFalse();
        assertThat(LoadMode.requested(new String[] {"--other=5"}, property, variable))
                .isFalse();
    }

    @Test
    void rowsPerSecondNeverDividesByZero() {
        assertThat(new LoadResult(10, java.time.Duration.ZERO).rowsPerSecond()).isPositive();
        assertThat(new LoadResult(10, java.time.Duration.ofSeconds(2)).rowsPerSecond())
                .isEqualTo(5.0);
    }
}
