package org.govexchange.catalog.department;

import java.time.Instant;
import java.time.ZoneOffset;

/** What the API (and the catalog events) show of a department. */
public record DepartmentView(
        String code,
        String name,
        DepartmentLevel level,
        String parentCode,
        String contact,
        DepartmentStatus status,
        Instant createdAt,
        Instant updatedAt) {

    static DepartmentView of(Department d) {
        return new DepartmentView(
                d.getCode(),
                d.getName(),
                DepartmentLevel.valueOf(d.getLevel()),
                d.getParentCode(),
                d.getContact(),
                DepartmentStatus.valueOf(d.getStatus()),
                d.getCreatedAt().toInstant(ZoneOffset.UTC),
                d.getUpdatedAt().toInstant(ZoneOffset.UTC));
    }
}
