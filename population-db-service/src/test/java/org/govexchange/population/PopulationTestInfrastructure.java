package org.govexchange.population;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.govexchange.basicdb.testing.BasicDatabaseTestInfrastructure;
import org.govexchange.basicdb.testing.TestedDatabase;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.Masking;

/**
 * Every real-infrastructure test context of this module (one, shared) gets the stand-in catalog's JWK set
 * and finds the source topics already there (see {@link BasicDatabaseTestInfrastructure}).
 */
public class PopulationTestInfrastructure extends BasicDatabaseTestInfrastructure {

    /** The sources configured in src/test/resources/config/application.yml. */
    public static final String PSB_RESOURCE = "101001/000001";

    public static final String HRSS_RESOURCE = "101002/000001";

    /** Their providing departments. */
    public static final String PSB_DEPT = "11350100003501011L";

    public static final String HRSS_DEPT = "11350100003501038C";

    /**
     * The masking the catalog defines for every field of the population resource, in catalog order (as
     * catalog-service's demo catalog publishes 101001): what a grant's token carries for a field it does not
     * let out plain.
     */
    public static final Map<String, Masking> CATALOG_MASKING = catalogMasking();

    /** This database as the shared contracts of basic-database-kit's test jar see it. */
    public static final TestedDatabase DATABASE = new TestedDatabase(
            "/api/population/persons",
            "/api/population/conflicts",
            "idNumber",
            "11010519491231002X",
            "张三",
            "张",
            PSB_RESOURCE,
            CATALOG_MASKING);

    private static Map<String, Masking> catalogMasking() {
        Map<String, Masking> masking = new LinkedHashMap<>();
        masking.put("idNumber", Masking.ID_NUMBER);
        masking.put("name", Masking.NAME);
        masking.put("gender", Masking.NONE);
        masking.put("birthDate", Masking.NONE);
        masking.put("ethnicity", Masking.NONE);
        masking.put("nativePlace", Masking.NONE);
        masking.put("householdAddress", Masking.ADDRESS);
        masking.put("residenceAddress", Masking.ADDRESS);
        masking.put("phone", Masking.PHONE);
        masking.put("householdType", Masking.NONE);
        masking.put("status", Masking.NONE);
        return Collections.unmodifiableMap(masking);
    }

    /** A grant of {@code fields} of the population resource, {@code plainFields} of them unmasked. */
    public static GrantContext grant(Set<String> fields, Set<String> plainFields) {
        return DATABASE.grant(fields, plainFields);
    }

    public PopulationTestInfrastructure() {
        super(PSB_RESOURCE, HRSS_RESOURCE);
    }
}
