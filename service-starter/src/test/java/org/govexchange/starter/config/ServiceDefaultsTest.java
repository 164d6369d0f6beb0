package org.govexchange.starter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The shared defaults: Nacos stays off unless the {@code nacos} profile is active, and that profile
 * turns on discovery and config with the settings a cluster deployment needs. No Nacos server can run
 * on our build machines, so the wiring is checked here and exercised for real in deploy/compose.
 */
class ServiceDefaultsTest {

    private final List<PropertySource<?>> documents = load();

    private static List<PropertySource<?>> load() {
        try {
            return new YamlPropertySourceLoader().load("defaults", new ClassPathResource("gx-service-defaults.yml"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nacosIsOffByDefaultAndSimpleDiscoveryKnowsEveryService() {
        PropertySource<?> base = documents.get(0);
        PropertySource<?> withoutNacos = documents.get(1);
        assertThat(withoutNacos.getProperty("spring.config.activate.on-profile"))
                .isEqualTo("!nacos");
        assertThat(base.getProperty("spring.cloud.nacos.discovery.enabled")).isEqualTo(false);
        assertThat(base.getProperty("spring.cloud.nacos.config.enabled")).isEqualTo(false);
        assertThat(base.getProperty("spring.cloud.nacos.config.import-check.enabled"))
                .isEqualTo(false);
        for (String service : List.of(
                "catalog-service",
                "exchange-service",
                "population-db-service",
                "legal-entity-db-service",
                "certificate-service")) {
            assertThat(withoutNacos.getProperty(
                            "spring.cloud.discovery.client.simple.instances." + service + "[0].uri"))
                    .as(service)
                    .isNotNull();
        }
    }

    @Test
    void nacosProfileSwitchesDiscoveryAndConfigToTheCluster() {
        PropertySource<?> nacos = documents.get(2);
        assertThat(nacos.getProperty("spring.cloud.discovery.client.simple.instances.catalog-service[0].uri"))
                .as("no static instances mixed into Nacos discovery")
                .isNull();
        assertThat(nacos.getProperty("spring.config.activate.on-profile")).isEqualTo("nacos");
        assertThat(nacos.getProperty("spring.config.import")).isEqualTo("nacos:${spring.application.name}.yaml");
        assertThat(nacos.getProperty("spring.cloud.nacos.discovery.enabled")).isEqualTo(true);
        assertThat(nacos.getProperty("spring.cloud.nacos.config.enabled")).isEqualTo(true);
        assertThat(nacos.getProperty("spring.cloud.nacos.config.refresh-enabled"))
                .isEqualTo(true);
        assertThat(String.valueOf(nacos.getProperty("spring.cloud.nacos.server-addr")))
                .startsWith("${NACOS_SERVER_ADDR");
        assertThat(nacos.getProperty("spring.cloud.nacos.discovery.namespace")).isNotNull();
        assertThat(nacos.getProperty("spring.cloud.nacos.config.group")).isNotNull();
    }

    @Test
    void actuatorExposesOnlyHealthInfoAndPrometheus() {
        assertThat(documents.get(0).getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus");
    }
}
