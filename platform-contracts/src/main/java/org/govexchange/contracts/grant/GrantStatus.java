package org.govexchange.contracts.grant;

/** EXPIRED once the day after validTo has begun (platform zone). */
public enum GrantStatus {
    ACTIVE,
    REVOKED,
    EXPIRED
}
