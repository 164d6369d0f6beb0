package org.govexchange.population;

import java.util.List;
import org.govexchange.basicdb.testing.BasicDatabaseTestInfrastructure;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Every real-infrastructure test context of this module (one, shared) gets the stand-in catalog's JWK set
 * and finds the source topics already there (see {@link BasicDatabaseTestInfrastructure}).
 */
public class PopulationTestInfrastructure implements ContextCustomizerFactory {

    /** The sources configured in src/test/resources/config/application.yml. */
    public static final String PSB_RESOURCE = "101001/000001";

    public static final String HRSS_RESOURCE = "101002/000001";

    /** Their providing departments. */
    public static final String PSB_DEPT = "11350100003501011L";

    public static final String HRSS_DEPT = "11350100003501038C";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return BasicDatabaseTestInfrastructure.customizer(testClass, PSB_RESOURCE, HRSS_RESOURCE);
    }
}
