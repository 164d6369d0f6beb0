package org.govexchange.starter.security;

import java.util.Set;

/**
 * Who is calling, taken from the validated Bearer JWT: declare it as a controller method parameter
 * and it is filled in. Requests without an authenticated caller never reach such a method (401).
 *
 * @param clientId the token's {@code sub}: the OAuth2 client id
 * @param departmentCode the token's {@code dept} claim (credit code), or null if the client is not bound to one
 * @param roles the token's {@code roles}, without the {@code ROLE_} prefix, e.g. {@code AUDITOR}
 */
public record CurrentCaller(String clientId, String departmentCode, Set<String> roles) {

    public CurrentCaller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
