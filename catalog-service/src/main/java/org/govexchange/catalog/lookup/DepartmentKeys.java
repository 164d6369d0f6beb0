package org.govexchange.catalog.lookup;

import java.util.List;
import org.govexchange.catalog.department.DepartmentStatus;
import org.govexchange.catalog.department.KeyView;

/** The keys that verify a department's envelopes now, with the department's status. */
public record DepartmentKeys(String departmentCode, DepartmentStatus status, List<KeyView> keys) {}
