package org.govexchange.catalog.department;

import jakarta.validation.constraints.Size;

/** PATCH body: members left out stay unchanged. */
public record UpdateDepartmentRequest(
        DepartmentStatus status, @Size(min = 1, max = 128) String name, @Size(min = 1, max = 256) String contact) {}
