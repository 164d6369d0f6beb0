package org.govexchange.basicdb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class LoadPropertiesTest {

    static final LoadProperties.Defaults DEFAULTS = new LoadProperties.Defaults(500, "1135010000350102XC", 10_000);

    static LoadProperties bind(Map<String, String> settings) {
        return LoadProperties.bind(new Binder(new MapConfigurationPropertySource(settings)), "gx.toy.load", DEFAULTS);
    }

    @Test
    void nothingConfiguredIsNoLoadWithTheDatabasesDefaults() {
        var load = bind(Map.of());

        assertThat(load.count()).isZero();
        assertThat(load.batchSize()).isEqualTo(500);
        assertThat(load.sourceDept()).isEqualTo("1135010000350102XC");
        assertThat(load.writers()).isEqualTo(2);
        assertThat(load.compareRaw()).isTrue();
        assertThat(load.plan()).isEqualTo(new LoadPlan(0, 0, 500, 2, true));
    }

    @Test
    void relaxedNamesOverrideTheDefaults() {
        var load = bind(Map.of(
                "gx.toy.load.count", "100",
                "gx.toy.load.batch-size", "50",
                "gx.toy.load.compare-raw", "false",
                "gx.toy.load.source-dept", "11350100003501011L"));

        assertThat(load.plan()).isEqualTo(new LoadPlan(100, 0, 50, 2, false));
        assertThat(load.sourceDept()).isEqualTo("11350100003501011L");
    }

    @Test
    void whatTheGeneratorCannotDoStopsTheCommand() {
        assertThatThrownBy(() -> bind(Map.of("gx.toy.load.count", "-1")))
                .hasMessageContaining("gx.toy.load: count and offset >= 0");
        assertThatThrownBy(() -> bind(Map.of("gx.toy.load.writers", "0"))).hasMessageContaining("writers >= 1");
        assertThatThrownBy(() -> bind(Map.of("gx.toy.load.count", "10", "gx.toy.load.offset", "9995")))
                .hasMessageContaining("offset + count above 10000");
    }
}
