package org.govexchange.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.govexchange.bench.Ratio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunReportTest {

    @Test
    void writesJsonWithMachineParametersFiguresAndRatiosAndTheChartNextToIt(@TempDir Path dir) throws Exception {
        RunReport report = new RunReport("gateway-lookup", Instant.parse("2026-11-22T04:30:00Z"), Map.of("cores", 2))
                .parameters(Map.of("concurrency", 32L))
                .figure("addedP99Ms", 2.5)
                .ratio(new Ratio("gateway/direct throughput", 600, 1000, "req/s", 0.6))
                .note("429s seen")
                .chart(new BarChart("latency", "ms", List.of("p50")).series("A", 1));

        List<Path> files = report.write(dir);

        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("20261122-043000-gateway-lookup.json", "20261122-043000-gateway-lookup.svg");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(files.get(0)));
        assertThat(json.path("benchmark").asString()).isEqualTo("gateway-lookup");
        assertThat(json.path("machine").path("cores").asInt()).isEqualTo(2);
        assertThat(json.path("parameters").path("concurrency").asInt()).isEqualTo(32);
        assertThat(json.path("figures").path("addedP99Ms").asDouble()).isEqualTo(2.5);
        assertThat(json.path("ratios").get(0).path("value").asDouble()).isEqualTo(0.6);
        assertThat(json.path("ratios").get(0).path("meetsGoal").asBoolean()).isTrue();
        assertThat(json.path("notes").get(0).asString()).isEqualTo("429s seen");
        assertThat(Files.readString(files.get(1))).startsWith("<svg");
    }

    @Test
    void noChartNoSvg(@TempDir Path dir) throws Exception {
        List<Path> files = new RunReport("footprint", Instant.EPOCH, Map.of()).write(dir.resolve("results"));
        assertThat(files).hasSize(1);
        assertThat(files.get(0)).exists();
    }
}
