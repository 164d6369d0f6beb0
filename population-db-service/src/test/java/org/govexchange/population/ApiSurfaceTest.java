package org.govexchange.population;

import java.util.List;
import org.govexchange.basicdb.testing.ApiSurfaceContract;
import org.govexchange.basicdb.testing.TestCatalog;

/** The basic databases' deny-by-default surface, on the population service. */
class ApiSurfaceTest extends ApiSurfaceContract {

    ApiSurfaceTest() {
        super(PopulationTestInfrastructure.DATABASE);
    }

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
    protected List<String> lookalikePaths() {
        return List.of(
                "/api/population/people/11010519491231002X",
                "/api/population/PERSONS/11010519491231002X",
                "/api/population");
    }

    @Override
    protected String departmentAdminBearer() {
        return TestCatalog.bearer("hrss-admin", PopulationTestInfrastructure.HRSS_DEPT, "DEPT_ADMIN");
    }
}
