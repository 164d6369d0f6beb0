package org.govexchange.basicdb.testing;

import java.util.List;
import java.util.Map;
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
 * What every real-infrastructure test context of a basic database gets (one, shared): the stand-in
 * catalog's JWK set, and the source topics already there, as the hub would have created them: the
 * service's consumer does not create topics itself. Each service's factory (registered in its test
 * {@code META-INF/spring.factories}) extends this and names its sources.
 */
public abstract class BasicDatabaseTestInfrastructure implements ContextCustomizerFactory {

    private final List<String> sourceResourceCodes;

    protected BasicDatabaseTestInfrastructure(String... sourceResourceCodes) {
        this.sourceResourceCodes = List.of(sourceResourceCodes);
    }

    /** The customizer for a {@link RealInfrastructure} test class; null for any other. */
    @Override
    public final ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class) == null) {
            return null;
        }
        return new Customizer(sourceResourceCodes);
    }

    /** A record: equal in every test class, so they all share one application context. */
    record Customizer(List<String> sourceResourceCodes) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            EmbeddedKafka.createTopics(
                    sourceResourceCodes.stream().map(Topics::resource).toArray(String[]::new));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "basicDatabaseTestInfrastructure",
                            Map.of("gx.security.jwk-set-uri", TestCatalog.jwkSetUri())));
        }
    }
}
