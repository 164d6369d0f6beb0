package org.govexchange.population;

import java.util.List;
import java.util.Set;
import org.govexchange.basicdb.testing.ApiSurfaceContract;
import org.govexchange.basicdb.testing.TestCatalog;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.testkit.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The basic databases' deny-by-default surface, on the population service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ApiSurfaceTest extends ApiSurfaceContract {

    @Override
    protected List<String> servedApiPatterns() {
        return List.of(
                "/api/population/conflicts",
                "/api/population/persons/batch",
                "/api/population/persons/verify",
                "/api/population/persons/{idNumber}");
    }

    @Override
    protected String forgottenPath() {
        return ForgottenEndpoint.PATH;
    }

    @Override
    protected String conflictsPath() {
        return "/api/population/conflicts";
    }

    @Override
    protected String recordPath() {
        return "/api/population/persons/11010519491231002X";
    }

    @Override
    protected List<String> lookalikePaths() {
        return List.of(
                "/api/population/people/11010519491231002X",
                "/api/population/PERSONS/11010519491231002X",
                "/api/population");
    }

    @Override
    protected String recordText() {
        return "张";
    }

    @Override
    protected String departmentAdminBearer() {
        return TestCatalog.bearer("hrss-admin", PopulationTestInfrastructure.HRSS_DEPT, "DEPT_ADMIN");
    }

    @Override
    protected GrantContext grant(Set<String> fields, Set<String> plainFields) {
        return PopulationTestInfrastructure.grant(fields, plainFields);
    }
}
