package org.govexchange.legalentity;

import java.util.List;
import org.govexchange.basicdb.testing.ApiSurfaceContract;
import org.govexchange.basicdb.testing.TestCatalog;

/** The basic databases' deny-by-default surface, on the legal-entity service. */
class ApiSurfaceTest extends ApiSurfaceContract {

    ApiSurfaceTest() {
        super(LegalEntityTestInfrastructure.DATABASE);
    }

    @Override
    protected List<String> servedApiPatterns() {
        return List.of(
                "/api/legal-entities/conflicts",
                "/api/legal-entities/entities",
                "/api/legal-entities/entities/batch",
                "/api/legal-entities/entities/verify",
                "/api/legal-entities/entities/{creditCode}");
    }

    @Override
    protected String forgottenPath() {
        return ForgottenEndpoint.PATH;
    }

    @Override
    protected List<String> lookalikePaths() {
        return List.of(
                "/api/legal-entities/companies/91350100M000100Y43",
                "/api/legal-entities/ENTITIES/91350100M000100Y43",
                "/api/legal-entities");
    }

    @Override
    protected String departmentAdminBearer() {
        return TestCatalog.bearer("amr-admin", LegalEntityTestInfrastructure.AMR_DEPT, "DEPT_ADMIN");
    }
}
