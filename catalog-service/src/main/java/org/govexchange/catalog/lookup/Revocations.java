package org.govexchange.catalog.lookup;

import java.time.Instant;
import java.util.List;

/**
 * What the gateway reads at start so that no revocation is forgotten across a restart; afterwards it follows
 * {@code DEPARTMENT_SUSPENDED}/{@code DEPARTMENT_REACTIVATED} and {@code CLIENT_TOKENS_REVOKED} events.
 *
 * @param suspendedDepartments credit codes of suspended departments: none of their tokens is honoured
 * @param clients clients whose tokens issued ({@code iat}) before {@code notBefore} are dead
 */
public record Revocations(List<String> suspendedDepartments, List<Client> clients) {

    public record Client(String clientId, Instant notBefore) {}
}
