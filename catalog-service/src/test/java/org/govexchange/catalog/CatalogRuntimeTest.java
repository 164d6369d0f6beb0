package org.govexchange.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.govexchange.catalog.department.DepartmentService;
import org.govexchange.testkit.ServiceRuntimeContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogRuntimeTest extends ServiceRuntimeContract {

    @Autowired
    DepartmentService departments;

    @Test
    void departmentRoundTripsThroughMyBatisPlusAndTheApi() throws Exception {
        departments.register("11100000000013338W", "公安局", "CITY", null, "张警官 010-12345678");

        assertThat(departments.find("11100000000013338W").name()).isEqualTo("公安局");
        var response = get("/api/catalog/departments/11100000000013338W");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"公安局\"").contains("\"status\":\"ACTIVE\"");
    }

    @Test
    void unknownDepartmentIsAProblem() throws Exception {
        var response = get("/api/catalog/departments/91350100M000100Y43");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"DEPARTMENT_NOT_FOUND\"");
    }
}
