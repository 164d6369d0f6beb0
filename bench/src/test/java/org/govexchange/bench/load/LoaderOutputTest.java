package org.govexchange.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoaderOutputTest {

    @Test
    void parsesBothRatesFromTheLoadCommandsOutput() {
        List<String> lines = List.of(
                "2026-11-22T04:00:00Z  INFO 1 --- [main] Started PopulationApplication in 5.1 seconds",
                "Loading 100,000 synthetic residents (indices 3,000..102,999) with 2 writer(s), batches of 1000",
                "  5,000 / 100,000 (5 %)  21,000 rows/s",
                "Loader:   100,000 rows in 4.1 s = 24,390 rows/s",
                "Raw JDBC batch insert of the same rows into person_load_scratch ...",
                "Raw JDBC: 100,000 rows in 3.2 s = 31,250 rows/s (insert calls only)",
                "Loader / raw = 0.78 (goal >= 0.50)");

        LoaderOutput out = LoaderOutput.parse(lines).orElseThrow();

        assertThat(out.loaderRows()).isEqualTo(100_000);
        assertThat(out.loaderSeconds()).isEqualTo(4.1);
        assertThat(out.loaderRate()).isEqualTo(24_390);
        assertThat(out.rawRate()).isEqualTo(31_250);
        assertThat(out.ratio()).isCloseTo(0.78, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void missingRawLineMeansNoResult() {
        assertThat(LoaderOutput.parse(List.of("Loader:   10 rows in 1.0 s = 10 rows/s")))
                .isEmpty();
    }

    @Test
    void databasePortComesFromTheJdbcUrl() {
        assertThat(BulkLoadBench.dbPort("jdbc:mysql://127.0.0.1:3307/?user=root"))
                .isEqualTo(3307);
        assertThat(BulkLoadBench.dbPort("jdbc:mysql://db/gx")).isEqualTo(3306);
    }
}
