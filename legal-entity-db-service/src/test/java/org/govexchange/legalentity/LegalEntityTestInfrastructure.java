package org.govexchange.legalentity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
public class LegalEntityTestInfrastructure extends BasicDatabaseTestInfrastructure {

    /** The sources configured in src/test/resources/config/application.yml. */
    public static final String AMR_RESOURCE = "102001/000001";

    public static final String TAX_RESOURCE = "102002/000001";

    /** Their providing departments. */
    public static final String AMR_DEPT = "1135010000350102XC";

    public static final String TAX_DEPT = "11350100003501046X";

    /**
     * The masking the catalog defines for every field of the legal-entity resource, in catalog order (as
     * catalog-service's demo catalog publishes 102001): only the representative's name and ID number are masked.
     */
    public static final Map<String, Masking> CATALOG_MASKING = catalogMasking();

    /** This database as the shared contracts of basic-database-kit's test jar see it. */
    public static final TestedDatabase DATABASE = new TestedDatabase(
            "/api/legal-entities/entities",
            "/api/legal-entities/conflicts",
            "creditCode",
            "91350100M000100Y43",
            "科技",
            "示例",
            AMR_RESOURCE,
            CATALOG_MASKING);

    private static Map<String, Masking> catalogMasking() {
        Map<String, Masking> masking = new LinkedHashMap<>();
        for (String field : List.of(
                "creditCode",
                "name",
                "type",
                "legalRepresentative",
                "legalRepresentativeIdNumber",
                "registeredCapital",
                "currency",
                "establishedOn",
                "status",
                "businessScope",
                "address",
                "registrationAuthority",
                "industryCode")) {
            masking.put(field, Masking.NONE);
        }
        masking.put("legalRepresentative", Masking.NAME);
        masking.put("legalRepresentativeIdNumber", Masking.ID_NUMBER);
        return Collections.unmodifiableMap(masking);
    }

    /** A grant of {@code fields} of the legal-entity resource, {@code plainFields} of them unmasked. */
    public static GrantContext grant(Set<String> fields, Set<String> plainFields) {
        return DATABASE.grant(fields, plainFields);
    }

    public LegalEntityTestInfrastructure() {
        super(AMR_RESOURCE, TAX_RESOURCE);
    }
}
