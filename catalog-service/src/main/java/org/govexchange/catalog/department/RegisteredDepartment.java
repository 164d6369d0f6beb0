package org.govexchange.catalog.department;

import org.govexchange.catalog.identity.IssuedCredentials;

/** Answer to a registration: the department and its DEPT_SYSTEM client, whose secret is shown only here. */
public record RegisteredDepartment(DepartmentView department, IssuedCredentials systemClient) {}
