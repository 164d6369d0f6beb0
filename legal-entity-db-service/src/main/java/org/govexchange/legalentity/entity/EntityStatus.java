package org.govexchange.legalentity.entity;

/** Registration status. A cancelled (注销) entity stays in the database with its history. */
public enum EntityStatus {
    OPERATING,
    REVOKED,
    CANCELLED,
    MOVED_OUT
}
