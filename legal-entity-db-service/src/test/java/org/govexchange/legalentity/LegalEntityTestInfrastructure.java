package org.govexchange.legalentity;

import java.util.List;
import org.govexchange.basicdb.testing.BasicDatabaseTestInfrastructure;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Every real-infrastructure test context of this module (one, shared) gets the stand-in catalog's JWK set
 * and finds the source topics already there (see {@link BasicDatabaseTestInfrastructure}).
 */
public class LegalEntityTestInfrastructure implements ContextCustomizerFactory {

    /** The sources configured in src/test/resources/config/application.yml. */
    public static final String AMR_RESOURCE = "102001/000001";

    public static final String TAX_RESOURCE = "102002/000001";

    /** Their providing departments. */
    public static final String AMR_DEPT = "1135010000350102XC";

    public static final String TAX_DEPT = "11350100003501046X";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return BasicDatabaseTestInfrastructure.customizer(testClass, AMR_RESOURCE, TAX_RESOURCE);
    }
}
