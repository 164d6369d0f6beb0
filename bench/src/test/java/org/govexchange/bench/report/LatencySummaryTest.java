package org.govexchange.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesComeFromTheHistogramInMilliseconds() {
        Histogram micros = new Histogram(60_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            micros.recordValue(i * 10L); // 10 µs .. 10 ms
        }
        LatencySummary s = LatencySummary.of("A1 direct", micros, 3, 2.0);

        assertThat(s.requests()).isEqualTo(1000);
        assertThat(s.perSecond()).isEqualTo(500.0);
        assertThat(s.p50Ms()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.p99Ms()).isCloseTo(9.9, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.p999Ms()).isCloseTo(9.99, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.toMap()).containsEntry("errors", 3L).containsEntry("requestsPerSecond", 500.0);
    }

    @Test
    void tableAlignsPhasesWithPercentilesAndErrors() {
        LatencySummary a = new LatencySummary("A1 direct", 12_000, 0, 10, 1.234, 2, 3.5, 9.87, 20);
        LatencySummary b = new LatencySummary("B1 gateway", 6_000, 12, 10, 2.5, 4, 6.25, 15, 30);

        String[] lines = LatencySummary.table(List.of(a, b)).split("\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("phase").contains("req/s", "p50 ms", "p99.9 ms", "errors");
        assertThat(lines[1]).matches("[- ]+");
        assertThat(lines[2]).startsWith("A1 direct ").contains("12,000", "1,200.0", "1.23", "3.50", "9.87");
        assertThat(lines[3])
                .startsWith("B1 gateway")
                .contains("600.0", "6.25", "15.00")
                .endsWith("12");
        // Right-aligned columns end at the same place.
        assertThat(lines[2].length()).isEqualTo(lines[3].length());
    }
}
