package org.govexchange.catalog.department;

/** A suspended department's clients get no new tokens and their existing tokens are refused. */
public enum DepartmentStatus {
    ACTIVE,
    SUSPENDED
}
