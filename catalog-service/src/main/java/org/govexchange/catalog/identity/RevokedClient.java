package org.govexchange.catalog.identity;

import java.time.Instant;

/**
 * The data of a {@code CLIENT_TOKENS_REVOKED} catalog event, and a row of the revocation lookup: access
 * tokens of {@code clientId} whose {@code iat} is before {@code notBefore} are dead.
 *
 * @param departmentCode the client's department; null for platform clients
 * @param notBefore whole seconds, as {@code iat} is
 */
public record RevokedClient(String clientId, String departmentCode, Instant notBefore) {

    public static final String EVENT = "CLIENT_TOKENS_REVOKED";
}
