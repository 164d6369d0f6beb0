package org.govexchange.catalog.department;

import java.util.Optional;
import org.govexchange.catalog.identity.DepartmentDirectory;
import org.springframework.stereotype.Component;

/** Tells identity whether a department exists and is active (token issue and every API request). */
@Component
class DepartmentDirectoryAdapter implements DepartmentDirectory {

    private final DepartmentMapper departments;

    DepartmentDirectoryAdapter(DepartmentMapper departments) {
        this.departments = departments;
    }

    @Override
    public Optional<DepartmentState> state(String departmentCode) {
        return Optional.ofNullable(departments.selectById(departmentCode))
                .map(d -> DepartmentState.valueOf(d.getStatus()));
    }
}
