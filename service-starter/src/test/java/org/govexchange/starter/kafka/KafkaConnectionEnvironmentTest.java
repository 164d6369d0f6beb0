package org.govexchange.starter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KafkaConnectionEnvironmentTest {

    @Test
    void springKafkaAuthenticatesAsGxKafkaSays() {
        StandardEnvironment environment = environment(Map.of(
                "gx.kafka.bootstrap-servers", "broker:9092",
                "gx.kafka.username", "gx-population",
                "gx.kafka.password", "pw"));

        new KafkaConnectionEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("broker:9092");
        assertThat(environment.getProperty("spring.kafka.properties.security.protocol"))
                .isEqualTo("SASL_PLAINTEXT");
        assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism"))
                .isEqualTo("SCRAM-SHA-512");
        assertThat(environment.getProperty("spring.kafka.properties.sasl.jaas.config"))
                .contains("username=\"gx-population\"");
    }

    @Test
    void aProcessWithoutABrokerPrincipalGetsNothing() {
        StandardEnvironment environment = environment(Map.of("gx.kafka.bootstrap-servers", "broker:9092"));

        new KafkaConnectionEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(KafkaConnectionEnvironment.SOURCE))
                .isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
