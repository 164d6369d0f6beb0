package org.govexchange.legalentity;

import java.util.List;
import java.util.Set;
import org.govexchange.basicdb.testing.ApiSurfaceContract;
import org.govexchange.basicdb.testing.TestCatalog;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The basic databases' deny-by-default surface, on the legal-entity service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ApiSurfaceTest extends ApiSurfaceContract {

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
    protected String conflictsPath() {
        return "/api/legal-entities/conflicts";
    }

    @Override
    protected String recordPath() {
        return "/api/legal-entities/entities/91350100M000100Y43";
    }

    @Override
    protected List<String> lookalikePaths() {
        return List.of(
                "/api/legal-entities/companies/91350100M000100Y43",
                "/api/legal-entities/ENTITIES/91350100M000100Y43",
                "/api/legal-entities");
    }

    @Override
    protected String recordText() {
        return "示例";
    }

    @Override
    protected String departmentAdminBearer() {
        return TestCatalog.bearer("amr-admin", LegalEntityTestInfrastructure.AMR_DEPT, "DEPT_ADMIN");
    }

    @Override
    protected GrantContext grant(Set<String> fields, Set<String> plainFields) {
        return LegalEntityTestInfrastructure.grant(fields, plainFields);
    }
}
