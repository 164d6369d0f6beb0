package org.govexchange.catalog.kafka;

import java.util.List;

/** The registered departments by status, for the reconciliation (implemented by the department feature). */
public interface NodeRoster {

    List<String> activeDepartments();

    List<String> suspendedDepartments();
}
