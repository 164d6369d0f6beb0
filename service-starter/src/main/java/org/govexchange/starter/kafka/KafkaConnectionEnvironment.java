package org.govexchange.starter.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code gx.kafka.*} into Spring Kafka's {@code spring.kafka.properties.*}, so every client Spring builds
 * (listener containers, templates, the admin) and every {@code KafkaProperties.build…Properties()} authenticates
 * exactly as {@link KafkaConnection} says. Runs after the configuration files are read; without
 * {@code gx.kafka.username} it adds nothing (a process that talks to no broker).
 */
public class KafkaConnectionEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String SOURCE = "gxKafkaConnection";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        KafkaConnection connection = bind(environment);
        if (connection.username().isEmpty()) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, springProperties(connection)));
    }

    /** {@code spring.kafka.*} settings of a connection; the test kit applies the same to its test contexts. */
    public static Map<String, Object> springProperties(KafkaConnection connection) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", connection.bootstrapServers());
        connection
                .securityProperties()
                .forEach((key, value) -> properties.put("spring.kafka.properties." + key, value));
        return properties;
    }

    static KafkaConnection bind(ConfigurableEnvironment environment) {
        return Binder.get(environment)
                .bind("gx.kafka", KafkaConnection.class)
                .orElseGet(() -> new KafkaConnection(null, null, null, null, null, null, null));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
