package org.govexchange.basicdb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.govexchange.basicdb.field.ToyField;
import org.govexchange.contracts.exchange.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class IngestPropertiesTest {

    static final String PREFIX = "gx.toy.ingest";

    @Test
    void nothingConfiguredMeansEnabledWithoutSourcesInTheServicesGroup() {
        IngestProperties properties = bind(Map.of());

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.groupId()).isEqualTo("toy-db-service");
        assertThat(properties.retryMaxInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.sources()).isEmpty();
        assertThat(properties.topics()).isEmpty();
    }

    @Test
    void bindsRelaxedNamesUnderTheServicesPrefix() {
        IngestProperties properties = bind(Map.of(
                PREFIX + ".group-id", "g",
                PREFIX + ".retry-max-interval", "1s",
                PREFIX + ".sources[0].resource-code", "101001/000001",
                PREFIX + ".sources[0].priority", "10",
                PREFIX + ".sources[0].values.status.MOVED_OUT", "EMIGRATED",
                PREFIX + ".sources[1].resource-code", "101002/000001",
                PREFIX + ".sources[1].field-priorities.name", "20",
                PREFIX + ".sources[1].fields.xm", "name"));

        assertThat(properties.groupId()).isEqualTo("g");
        assertThat(properties.retryMaxInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.topics())
                .containsExactly(Topics.resource("101001/000001"), Topics.resource("101002/000001"));
        IngestProperties.Source first = properties.source("101001/000001").orElseThrow();
        IngestProperties.Source second = properties.source("101002/000001").orElseThrow();
        assertThat(first.mapping(ToyField.SET)).containsOnlyKeys("key", "name", "status");
        assertThat(first.priority(ToyField.NAME)).isEqualTo(10);
        assertThat(first.translate(ToyField.STATUS, "MOVED_OUT")).isEqualTo("EMIGRATED");
        assertThat(first.translate(ToyField.STATUS, "ALIVE")).isEqualTo("ALIVE");
        assertThat(first.translate(ToyField.NAME, "MOVED_OUT")).isEqualTo("MOVED_OUT");
        assertThat(second.mapping(ToyField.SET)).containsExactly(Map.entry("xm", ToyField.NAME));
        assertThat(second.priority(ToyField.NAME)).isEqualTo(20);
        assertThat(second.priority(ToyField.STATUS)).isZero();
    }

    @Test
    void refusesASourceListedTwice() {
        assertThatThrownBy(() -> bind(Map.of(
                        PREFIX + ".sources[0].resource-code", "101001/000001",
                        PREFIX + ".sources[1].resource-code", "101001/000001")))
                .hasMessage(PREFIX + ".sources lists 101001/000001 twice");
    }

    @Test
    void refusesUnknownFieldsNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of(
                        PREFIX + ".sources[0].resource-code", "101001/000001",
                        PREFIX + ".sources[0].fields.xm", "shoeSize")))
                .hasMessage(PREFIX + ".sources[].fields names an unknown toy field: shoeSize");
        assertThatThrownBy(() -> bind(Map.of(
                        PREFIX + ".sources[0].resource-code", "101001/000001",
                        PREFIX + ".sources[0].field-priorities.shoeSize", "3")))
                .hasMessage(PREFIX + ".sources[].field-priorities names an unknown toy field: shoeSize");
    }

    static IngestProperties bind(Map<String, String> values) {
        return IngestProperties.bind(
                new Binder(new MapConfigurationPropertySource(values)), PREFIX, "toy-db-service", ToyField.SET);
    }
}
