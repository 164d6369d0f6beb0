package org.govexchange.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void valuesAreReadWithDefaultsAndRecordedForTheReport() {
        Options o = Options.parse(List.of("--concurrency=8", "--rows=100k", "--skip-raw", "--gateway=http://h:1"));
        assertThat(o.integer("concurrency", 32)).isEqualTo(8);
        assertThat(o.count("rows", 1)).isEqualTo(100_000);
        assertThat(o.flag("skip-raw")).isTrue();
        assertThat(o.string("gateway", "x")).isEqualTo("http://h:1");
        assertThat(o.seconds("phase-seconds", 20)).isEqualTo(Duration.ofSeconds(20));
        o.rejectUnknown();
        assertThat(o.used())
                .containsEntry("concurrency", 8L)
                .containsEntry("rows", 100_000L)
                .containsEntry("phase-seconds", 20L)
                .containsKeys("skip-raw", "gateway");
    }

    @Test
    void countsAcceptSuffixesAndUnderscores() {
        assertThat(Options.parseCount("5m")).isEqualTo(5_000_000);
        assertThat(Options.parseCount("1_000")).isEqualTo(1000);
        assertThat(Options.parseCount("2K")).isEqualTo(2000);
    }

    @Test
    void malformedOrUnknownArgumentsAreRefused() {
        assertThatThrownBy(() -> Options.parse(List.of("rows=5"))).hasMessageContaining("--name=value");
        assertThatThrownBy(() -> Options.parse(List.of("--a=1", "--a=2"))).hasMessageContaining("twice");
        Options o = Options.parse(List.of("--rows=x"));
        assertThatThrownBy(() -> o.count("rows", 1)).hasMessageContaining("whole number");
        Options typo = Options.parse(List.of("--concurency=4"));
        typo.integer("concurrency", 32);
        assertThatThrownBy(typo::rejectUnknown).hasMessageContaining("--concurency");
        assertThatThrownBy(() -> Options.parse(List.of("--rows=-3")).count("rows", 1))
                .hasMessageContaining("negative");
    }
}
