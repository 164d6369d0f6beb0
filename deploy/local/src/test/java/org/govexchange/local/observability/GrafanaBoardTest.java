package org.govexchange.local.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operators' Grafana boards ({@code deploy/observability/grafana/*.json}, one per part of the platform) only
 * chart meters the code registers: a renamed meter would otherwise leave an empty panel nobody notices.
 */
class GrafanaBoardTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path BOARDS = ROOT.resolve("deploy/observability/grafana");
    private static final Pattern OUR_METRIC = Pattern.compile("\\bgx_[a-z0-9_]+");
    // Micrometer's Prometheus names: base unit and type suffixes appended to the dotted meter name.
    private static final Pattern SUFFIX = Pattern.compile("(_seconds)?(_bucket|_count|_sum|_max|_total)?$");

    @Test
    void everyPanelQueriesPrometheusThroughTheDatasourceVariable() throws IOException {
        List<JsonNode> boards = boards();
        assertThat(boards)
                .extracting(board -> board.path("uid").asText())
                .containsExactlyInAnyOrder(
                        "govexchange-gateway",
                        "govexchange-exchange-hub",
                        "govexchange-front-nodes",
                        "govexchange-basic-databases",
                        "govexchange-processes");
        for (JsonNode board : boards) {
            List<JsonNode> charts = charts(board);
            assertThat(charts).as(board.path("title").asText()).isNotEmpty();
            for (JsonNode chart : charts) {
                assertThat(chart.path("datasource").path("uid").asText())
                        .as(chart.path("title").asText())
                        .isEqualTo("${datasource}");
                assertThat(chart.path("targets"))
                        .as(chart.path("title").asText())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void everyGovExchangeMetricOnTheBoardsIsRegisteredSomewhereInTheCode() throws IOException {
        Set<String> meters = new TreeSet<>();
        for (JsonNode board : boards()) {
            for (JsonNode chart : charts(board)) {
                for (JsonNode target : chart.path("targets")) {
                    Matcher metric = OUR_METRIC.matcher(target.path("expr").asText());
                    while (metric.find()) {
                        meters.add(
                                SUFFIX.matcher(metric.group()).replaceFirst("").replace('_', '.'));
                    }
                }
            }
        }
        assertThat(meters).contains("gx.gateway.requests", "gx.exchange.records.in", "gx.node.outbox.size");

        String sources = mainSources();
        assertThat(meters).allSatisfy(meter -> assertThat(sources).as(meter).contains("\"" + meter + "\""));
    }

    private static List<JsonNode> boards() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> boards = new ArrayList<>();
        try (Stream<Path> files = Files.list(BOARDS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                boards.add(json.readTree(file.toFile()));
            }
        }
        return boards;
    }

    private static List<JsonNode> charts(JsonNode board) {
        List<JsonNode> charts = new ArrayList<>();
        for (JsonNode panel : board.path("panels")) {
            if (!"row".equals(panel.path("type").asText())) {
                charts.add(panel);
            }
        }
        return charts;
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(ROOT, 12)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/"))
                    .toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
