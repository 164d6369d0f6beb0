package org.govexchange.catalog.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Names and reading of the claims the catalog puts into access tokens. */
public final class TokenClaims {

    /** Department code (unified social credit code), present when the client is bound to a department. */
    public static final String DEPT = "dept";

    /** List of {@link Role} names. */
    public static final String ROLES = "roles";

    private TokenClaims() {}

    static Caller caller(Jwt jwt) {
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(DEPT), roles(jwt));
    }

    static Set<Role> roles(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    // A role this version does not know grants nothing.
                }
            }
        }
        return roles;
    }
}
