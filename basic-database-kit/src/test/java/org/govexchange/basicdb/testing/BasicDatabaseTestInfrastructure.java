package org.govexchange.basicdb.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.testkit.EmbeddedKafka;
import org.govexchange.testkit.RealInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * What every real-infrastructure test context of a basic database gets (one, shared): the stand-in
 * catalog's JWK set, and the source topics already there, as the hub would have created them: the
 * service's consumer does not create topics itself. Each service's {@code ContextCustomizerFactory}
 * (registered in its test {@code META-INF/spring.factories}) hands its sources to {@link #customizer}.
 */
public final class BasicDatabaseTestInfrastructure {

    private BasicDatabaseTestInfrastructure() {}

    /** The customizer for a {@link RealInfrastructure} test class; null for any other. */
    public static ContextCustomizer customizer(Class<?> testClass, String... sourceResourceCodes) {
        if (TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class) == null) {
            return null;
        }
        return new Customizer(List.of(sourceResourceCodes));
    }

    /** A record: equal in every test class, so they all share one application context. */
    record Customizer(List<String> sourceResourceCodes) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            createTopics(sourceResourceCodes.stream().map(Topics::resource).toList());
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "basicDatabaseTestInfrastructure",
                            Map.of("gx.security.jwk-set-uri", TestCatalog.jwkSetUri())));
        }
    }

    static void createTopics(List<String> topics) {
        try (Admin admin = Admin.create(EmbeddedKafka.clientProperties())) {
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
