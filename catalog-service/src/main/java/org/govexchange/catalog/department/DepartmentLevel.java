package org.govexchange.catalog.department;

/** Administrative level of a department. */
public enum DepartmentLevel {
    PROVINCE,
    CITY,
    DISTRICT,
    TOWN
}
