package org.govexchange.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BarChartTest {

    @Test
    void oneBarPerSeriesAndCategoryScaledToTheLargestValue() throws Exception {
        BarChart chart = new BarChart("latency <A & B>", "ms", LatencySummary.PERCENTILES)
                .series("A direct", 1, 2, 4, 8)
                .series("B gateway", 2, 3, 6, 10);
        String svg = BarChart.document(List.of(chart));

        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        // Background + 8 bars + 2 legend swatches.
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(11);
        assertThat(svg).contains("latency &lt;A &amp; B&gt;").contains("p99.9").contains("B gateway");
        // The largest value (10) fills the plot: the axis top is 10 and its bar is the full plot height (200 px).
        assertThat(svg).contains("height=\"200.0\"").contains(">10<");
    }

    @Test
    void severalChartsStackVertically() {
        String svg = BarChart.document(List.of(
                new BarChart("one", "ms", List.of("a")).series("s", 1),
                new BarChart("two", "rec/s", List.of("a", "b")).series("s", 1, 2)));
        assertThat(svg).contains("height=\"600\"").contains("translate(0,300)");
    }

    @Test
    void seriesMustMatchTheCategories() {
        assertThatThrownBy(() -> new BarChart("x", "ms", List.of("a", "b")).series("s", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void axisTopIsANiceNumber() {
        assertThat(BarChart.niceCeiling(0)).isEqualTo(1);
        assertThat(BarChart.niceCeiling(7.3)).isEqualTo(10);
        assertThat(BarChart.niceCeiling(13)).isEqualTo(20);
        assertThat(BarChart.niceCeiling(41_000)).isEqualTo(50_000);
        assertThat(BarChart.niceCeiling(100)).isEqualTo(100);
    }
}
