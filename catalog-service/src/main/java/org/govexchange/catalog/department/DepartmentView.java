package org.govexchange.catalog.department;

import java.time.LocalDateTime;

/** What the API shows of a department. */
public record DepartmentView(
        String code,
        String name,
        String level,
        String parentCode,
        String contact,
        String status,
        LocalDateTime createdAt) {

    static DepartmentView of(Department d) {
        return new DepartmentView(
                d.getCode(),
                d.getName(),
                d.getLevel(),
                d.getParentCode(),
                d.getContact(),
                d.getStatus(),
                d.getCreatedAt());
    }
}
