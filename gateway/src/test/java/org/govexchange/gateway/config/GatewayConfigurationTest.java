package org.govexchange.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The wiring of application.yml's documents. Nacos stays off unless the {@code nacos} profile is active;
 * static discovery serves every other profile; the nacos profile turns on discovery and config with
 * what a cluster deployment needs. No Nacos server can run on our build machines, so the wiring is
 * checked here and exercised for real in deploy/compose.
 */
class GatewayConfigurationTest {

    private static final List<String> SERVICES = List.of(
            "catalog-service",
            "exchange-service",
            "population-db-service",
            "legal-entity-db-service",
            "certificate-service");

    private final List<PropertySource<?>> documents = load();

    private static List<PropertySource<?>> load() {
        try {
            return new YamlPropertySourceLoader().load("gateway", new ClassPathResource("application.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void nacosIsOffByDefault() {
        PropertySource<?> base = documents.get(0);
        assertThat(base.getProperty("spring.config.activate.on-profile")).isNull();
        assertThat(base.getProperty("spring.cloud.nacos.discovery.enabled")).isEqualTo(false);
        assertThat(base.getProperty("spring.cloud.nacos.config.enabled")).isEqualTo(false);
        assertThat(base.getProperty("spring.cloud.nacos.config.import-check.enabled"))
                .isEqualTo(false);
    }

    @Test
    void staticDiscoveryKnowsEveryServiceUnlessNacosIsActive() {
        PropertySource<?> local = documents.get(1);
        assertThat(local.getProperty("spring.config.activate.on-profile")).isEqualTo("!nacos");
        for (String service : SERVICES) {
            assertThat(String.valueOf(
                            local.getProperty("spring.cloud.discovery.client.simple.instances." + service + "[0].uri")))
                    .as(service)
                    .startsWith("${gx.services.");
        }
    }

    @Test
    void nacosProfileSwitchesDiscoveryAndConfigToTheCluster() {
        PropertySource<?> nacos = documents.get(2);
        assertThat(nacos.getProperty("spring.config.activate.on-profile")).isEqualTo("nacos");
        assertThat(nacos.getProperty("spring.config.import")).isEqualTo("nacos:${spring.application.name}.yaml");
        assertThat(nacos.getProperty("spring.cloud.nacos.discovery.enabled")).isEqualTo(true);
        assertThat(nacos.getProperty("spring.cloud.nacos.config.enabled")).isEqualTo(true);
        assertThat(nacos.getProperty("spring.cloud.nacos.config.refresh-enabled"))
                .isEqualTo(true);
        assertThat(nacos.getProperty("spring.cloud.nacos.config.import-check.enabled"))
                .isEqualTo(true);
        assertThat(nacos.getProperty("spring.cloud.nacos.server-addr"))
                .isEqualTo("${NACOS_SERVER_ADDR:127.0.0.1:8848}");
        assertThat(nacos.getProperty("spring.cloud.nacos.username")).isEqualTo("${NACOS_USERNAME:nacos}");
        assertThat(nacos.getProperty("spring.cloud.nacos.password")).isEqualTo("${NACOS_PASSWORD:}");
        for (String part : List.of("discovery", "config")) {
            assertThat(nacos.getProperty("spring.cloud.nacos." + part + ".namespace"))
                    .isEqualTo("${NACOS_NAMESPACE:govexchange}");
            assertThat(nacos.getProperty("spring.cloud.nacos." + part + ".group"))
                    .isEqualTo("${NACOS_GROUP:GOVEXCHANGE}");
        }
    }

    @Test
    void everyRouteGoesThroughTheLoadBalancerWithANamedCircuitBreaker() {
        PropertySource<?> base = documents.get(0);
        String routes = "spring.cloud.gateway.server.webflux.routes";
        int count = 0;
        for (int i = 0; base.getProperty(routes + "[" + i + "].id") != null; i++, count++) {
            String id = String.valueOf(base.getProperty(routes + "[" + i + "].id"));
            assertThat(String.valueOf(base.getProperty(routes + "[" + i + "].uri")))
                    .as(id)
                    .startsWith("lb://");
            int cb = 0;
            while (!"CircuitBreaker".equals(base.getProperty(routes + "[" + i + "].filters[" + cb + "].name"))) {
                assertThat(base.getProperty(routes + "[" + i + "].filters[" + cb + "]"))
                        .as(id + " has a CircuitBreaker filter")
                        .isNotNull();
                cb++;
            }
            String filter = routes + "[" + i + "].filters[" + cb + "].args.";
            assertThat(base.getProperty(filter + "name")).as(id).isEqualTo(id);
            assertThat(base.getProperty(filter + "fallbackUri")).as(id).isEqualTo("forward:/fallback/" + id);
        }
        assertThat(count).isEqualTo(10);
    }

    @Test
    void redisRateLimitProfileReplacesTheInMemoryLimiterWithRequestRateLimiterPerDepartment() {
        PropertySource<?> redis = documents.get(3);
        assertThat(redis.getProperty("spring.config.activate.on-profile")).isEqualTo("redis-rate-limit");
        assertThat(redis.getProperty("gx.gateway.limits.redis-rate-limiter")).isEqualTo(true);
        String filters = "spring.cloud.gateway.server.webflux.default-filters";
        int limiter = 0;
        while (!"RequestRateLimiter".equals(redis.getProperty(filters + "[" + limiter + "].name"))) {
            assertThat(redis.getProperty(filters + "[" + limiter + "]")).isNotNull();
            limiter++;
        }
        String args = filters + "[" + limiter + "].args.";
        assertThat(redis.getProperty(args + "key-resolver")).isEqualTo("#{@departmentKeyResolver}");
        assertThat(redis.getProperty(args + "redis-rate-limiter.replenishRate"))
                .isEqualTo("${gx.gateway.limits.rate-per-second}");
        assertThat(redis.getProperty(args + "redis-rate-limiter.burstCapacity"))
                .isEqualTo("${gx.gateway.limits.burst}");
        // The default filters of the base document are kept: a profile's list replaces the whole list.
        PropertySource<?> base = documents.get(0);
        for (int i = 0; base.getProperty(filters + "[" + i + "]") != null; i++) {
            assertThat(redis.getProperty(filters + "[" + i + "]")).isEqualTo(base.getProperty(filters + "[" + i + "]"));
        }
    }

    @Test
    void actuatorExposesOnlyHealthInfoAndPrometheusAndShutdownIsGraceful() {
        PropertySource<?> base = documents.get(0);
        assertThat(base.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,prometheus");
        assertThat(base.getProperty("management.endpoint.gateway.access")).isEqualTo("none");
        assertThat(base.getProperty("server.shutdown")).isEqualTo("graceful");
    }
}
