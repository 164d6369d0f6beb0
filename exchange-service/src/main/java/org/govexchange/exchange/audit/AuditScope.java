package org.govexchange.exchange.audit;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.security.CurrentCaller;

/**
 * Which events a caller may read: an AUDITOR all of them, a DEPT_ADMIN those where its own department
 * is the actor or the provider. Everyone else, administrators included, reads none.
 *
 * @param department the department the caller is confined to, or null for all
 */
record AuditScope(String department) {

    static final String AUDITOR = "AUDITOR";
    static final String DEPT_ADMIN = "DEPT_ADMIN";

    static AuditScope of(CurrentCaller caller) {
        if (caller.hasRole(AUDITOR)) {
            return new AuditScope(null);
        }
        if (caller.hasRole(DEPT_ADMIN) && caller.departmentCode() != null) {
            return new AuditScope(caller.departmentCode());
        }
        throw new ProblemException(
                403,
                ProblemCodes.FORBIDDEN,
                "Only auditors, and department administrators bound to a department, may read audit data.");
    }

    boolean confined() {
        return department != null;
    }
}
