package org.govexchange.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
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

    /** A record, so equal settings share one cached application context. */
    record Customizer(boolean kafka) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("gx.db.port", EmbeddedMariaDb.port());
            properties.put("gx.internal-token.public-key-pem", TestInternalTokens.publicKeyPem());
            if (kafka) {
                String servers = EmbeddedKafka.bootstrapServers();
                properties.put("gx.kafka.bootstrap-servers", servers);
                properties.put("spring.kafka.bootstrap-servers", servers);
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("gxRealInfrastructure", properties));
        }
    }
}
