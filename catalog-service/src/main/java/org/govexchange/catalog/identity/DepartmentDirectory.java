package org.govexchange.catalog.identity;

import java.util.Optional;

/**
 * What identity needs to know about departments (implemented by the department feature, which depends on
 * identity, not the other way round).
 */
public interface DepartmentDirectory {

    /** Empty when no department has this code. */
    Optional<DepartmentState> state(String departmentCode);

    enum DepartmentState {
        ACTIVE,
        SUSPENDED
    }
}
