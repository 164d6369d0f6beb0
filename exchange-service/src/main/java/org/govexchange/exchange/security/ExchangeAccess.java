package org.govexchange.exchange.security;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.security.CurrentCaller;

/**
 * Who may read what of the exchange: platform administrators, operators and auditors everything; department
 * administrators and systems only what concerns their own department ({@code dept} claim).
 */
public final class ExchangeAccess {

    private ExchangeAccess() {}

    /** PLATFORM_ADMIN, OPERATOR or AUDITOR. */
    public static boolean seesAll(CurrentCaller caller) {
        return caller.hasRole("PLATFORM_ADMIN") || caller.hasRole("OPERATOR") || caller.hasRole("AUDITOR");
    }

    /** The caller's department when it is a DEPT_ADMIN or DEPT_SYSTEM bound to one, else null. */
    public static String department(CurrentCaller caller) {
        boolean departmental = caller.hasRole("DEPT_ADMIN") || caller.hasRole("DEPT_SYSTEM");
        return departmental ? caller.departmentCode() : null;
    }

    /** Whether the caller sees everything or belongs to one of {@code departments}. */
    public static boolean mayRead(CurrentCaller caller, String... departments) {
        if (seesAll(caller)) {
            return true;
        }
        String own = department(caller);
        if (own == null) {
            return false;
        }
        for (String department : departments) {
            if (own.equals(department)) {
                return true;
            }
        }
        return false;
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemCodes.FORBIDDEN, detail);
    }
}
