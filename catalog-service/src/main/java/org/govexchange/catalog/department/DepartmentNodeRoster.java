package org.govexchange.catalog.department;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.govexchange.catalog.kafka.NodeRoster;
import org.springframework.stereotype.Component;

/** Tells the Kafka control plane which departments' nodes must have access (ACTIVE) and which must not. */
@Component
class DepartmentNodeRoster implements NodeRoster {

    private final DepartmentMapper departments;

    DepartmentNodeRoster(DepartmentMapper departments) {
        this.departments = departments;
    }

    @Override
    public List<String> activeDepartments() {
        return codes(DepartmentStatus.ACTIVE);
    }

    @Override
    public List<String> suspendedDepartments() {
        return codes(DepartmentStatus.SUSPENDED);
    }

    private List<String> codes(DepartmentStatus status) {
        return departments
                .selectList(Wrappers.lambdaQuery(Department.class)
                        .select(Department::getCode)
                        .eq(Department::getStatus, status.name()))
                .stream()
                .map(Department::getCode)
                .toList();
    }
}
