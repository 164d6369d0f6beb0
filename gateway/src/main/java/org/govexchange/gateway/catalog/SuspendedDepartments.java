package org.govexchange.gateway.catalog;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Departments the catalog suspended, from DEPARTMENT_* events on {@code gx.catalog.events}. Event-driven
 * only: the lookup API has no list of suspended departments, so after a gateway restart a suspension made
 * earlier is not known here until it changes again. The catalog refuses new tokens for such a department and
 * its grant lookups answer GRANT_MISSING, which bounds what an older token can still do.
 */
@Component
public class SuspendedDepartments {

    private final Set<String> suspended = ConcurrentHashMap.newKeySet();

    public boolean isSuspended(String departmentCode) {
        return departmentCode != null && suspended.contains(departmentCode);
    }

    void suspend(String departmentCode) {
        suspended.add(departmentCode);
    }

    void activate(String departmentCode) {
        suspended.remove(departmentCode);
    }
}
