package org.govexchange.catalog.grant;

/** EXPIRED once the day after validTo has begun (platform zone). */
public enum GrantStatus {
    ACTIVE,
    REVOKED,
    EXPIRED
}
