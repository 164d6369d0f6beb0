package org.govexchange.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.contracts.kafka.PlatformPrincipal;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Registered in META-INF/spring.factories: wires {@link RealInfrastructure} tests to the shared servers. */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        RealInfrastructure annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.kafka());
    }

    /**
     * The service under test connects as its own principal, with exactly the platform's ACLs: a front node as its
     * department's node ({@code gx.node.department-code}), a platform service by its application name. A test
     * application of no known service gets the super user.
     */
    static KafkaConnection principal(Environment environment) {
        String application = environment.getProperty("spring.application.name", "");
        String department = environment.getProperty("gx.node.department-code", "");
        if (application.equals("front-node-agent") && !department.isBlank()) {
            return EmbeddedKafka.node(department);
        }
        return PlatformPrincipal.forApplication(application)
                .map(EmbeddedKafka::connection)
                .orElseGet(EmbeddedKafka::superUser);
    }

    /** A record, so equal settings share one cached application context. */
    record Customizer(boolean kafka) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("gx.db.port", EmbeddedMariaDb.port());
            properties.put("gx.internal-token.public-key-pem", TestInternalTokens.publicKeyPem());
            if (kafka) {
                KafkaConnection connection = principal(context.getEnvironment());
                properties.put("gx.kafka.bootstrap-servers", connection.bootstrapServers());
                properties.put("gx.kafka.security-protocol", connection.securityProtocol());
                properties.put("gx.kafka.sasl-mechanism", connection.saslMechanism());
                properties.put("gx.kafka.username", connection.username());
                properties.put("gx.kafka.password", connection.password());
                // The starter derived spring.kafka.* from gx.kafka.* before this customizer ran: derive them again.
                properties.put("spring.kafka.bootstrap-servers", connection.bootstrapServers());
                connection
                        .securityProperties()
                        .forEach((key, value) -> properties.put("spring.kafka.properties." + key, value));
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("gxRealInfrastructure", properties));
        }
    }
}
