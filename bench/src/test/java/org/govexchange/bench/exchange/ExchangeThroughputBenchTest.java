package org.govexchange.bench.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.govexchange.bench.Ratio;
import org.govexchange.bench.report.RunReport;
import org.junit.jupiter.api.Test;

class ExchangeThroughputBenchTest {

    @Test
    void thePopulationFigureIsPrintedNextToTheExchangeAsARatioToRawJdbc() {
        var population = new ExchangeThroughputBench.Population(100_000, 50.0, true, null);
        var report = new RunReport("exchange-throughput", Instant.now(), Map.of());

        String printed = describe(result(population), report);

        assertThat(report.ratios())
                .extracting(Ratio::name, Ratio::measured, Ratio::baseline, Ratio::goal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("exchange e2e/min(raw)", 4_000.0, 10_000.0, 0.50),
                        org.assertj.core.groups.Tuple.tuple("source->population/raw JDBC", 2_000.0, 10_000.0, 0.30));
        assertThat(printed)
                .contains("source -> population db    100,000 arrived in 50.0 s = 2,000 records/s")
                .contains("population contents        count and checksum match");
    }

    @Test
    void aPopulationThatStalledGivesNoRatioButSaysWhy() {
        var population = new ExchangeThroughputBench.Population(12, 70.0, false, "stalled: no progress for 60 s");
        var report = new RunReport("exchange-throughput", Instant.now(), Map.of());

        String printed = describe(result(population), report);

        assertThat(report.ratios()).extracting(Ratio::name).containsExactly("exchange e2e/min(raw)");
        assertThat(printed).contains("population figure: stalled: no progress for 60 s");
        assertThat(report.toMap().toString()).contains("population: stalled");
    }

    private static ExchangeThroughputBench.Result result(ExchangeThroughputBench.Population population) {
        return new ExchangeThroughputBench.Result(
                100_000, "350777", 10.0, 25.0, 100_000, true, 0, 20_000.0, 10_000.0, null, population);
    }

    private static String describe(ExchangeThroughputBench.Result result, RunReport report) {
        var bytes = new ByteArrayOutputStream();
        ExchangeThroughputBench.describe(result, report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
