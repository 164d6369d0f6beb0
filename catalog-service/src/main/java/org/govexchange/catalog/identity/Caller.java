package org.govexchange.catalog.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;

/**
 * Who is calling, from the verified access token. Controllers receive it as a method argument and hand it
 * to services, which decide what it may do.
 *
 * @param departmentCode the department the client is bound to, or null
 */
public record Caller(String clientId, String departmentCode, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(clientId, "clientId");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The platform itself acting as catalog administrator (bootstrap and demo data). */
    public static Caller platform(String clientId) {
        return new Caller(clientId, null, Set.of(Role.PLATFORM_ADMIN));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** Whether the caller is the administrator of {@code department}. */
    public boolean isAdminOf(String department) {
        return has(Role.DEPT_ADMIN) && department != null && department.equals(departmentCode);
    }

    public boolean belongsTo(String department) {
        return department != null && department.equals(departmentCode);
    }

    /** Platform-wide readers: administrators, auditors and operators see every department's records. */
    public boolean readsEverything() {
        return has(Role.PLATFORM_ADMIN) || has(Role.AUDITOR) || has(Role.OPERATOR);
    }

    /** A 403 problem with the generic code. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemCodes.FORBIDDEN, detail);
    }
}
