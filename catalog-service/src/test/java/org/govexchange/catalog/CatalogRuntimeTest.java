package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.govexchange.catalog.department.DepartmentLevel;
import org.govexchange.catalog.department.DepartmentService;
import org.govexchange.catalog.department.RegisterDepartmentRequest;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    DepartmentService departments;

    @Test
    void departmentRoundTripsThroughMyBatisPlus() {
        departments.register(
                Caller.platform("test"),
                new RegisterDepartmentRequest(
                        "11100000000013338W", "公安局", DepartmentLevel.CITY, null, "张警官 010-12345678", null));

        assertThat(departments.find("11100000000013338W").name()).isEqualTo("公安局");
    }

    @Test
    void theCatalogApiNeedsAToken() throws Exception {
        var response = get("/api/catalog/departments/91350100M000100Y43");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"TOKEN_INVALID\"");
    }

    @Test
    void allFiveMigrationsApplied() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = 1 and version is not null", Integer.class);
        assertThat(applied).isEqualTo(5);
    }
}
