package org.govexchange.legalentity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.testkit.EmbeddedKafka;
import org.govexchange.testkit.RealInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Every real-infrastructure test context of this module (one, shared) gets the stand-in catalog's JWK set
 * and finds the source topics already there, as the hub would have created them: the service's consumer
 * does not create topics itself.
 */
public class LegalEntityTestInfrastructure implements ContextCustomizerFactory {

    /** The sources configured in src/test/resources/config/application.yml. */
    public static final String AMR_RESOURCE = "102001/000001";

    public static final String TAX_RESOURCE = "102002/000001";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class) == null) {
            return null;
        }
        return new Customizer();
    }

    /** A record: equal in every test class, so they all share one application context. */
    record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            createTopics(Topics.resource(AMR_RESOURCE), Topics.resource(TAX_RESOURCE));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "legalEntityTestInfrastructure",
                            Map.of("gx.security.jwk-set-uri", TestCatalog.jwkSetUri())));
        }
    }

    static void createTopics(String... topics) {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers()))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                            .all()
                            .get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
