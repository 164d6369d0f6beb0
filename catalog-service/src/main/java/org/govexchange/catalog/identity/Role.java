package org.govexchange.catalog.identity;

/** What an OAuth2 client may do; carried in the access token's {@code roles} claim. */
public enum Role {
    /** Catalog administrator: departments, accounts, any resource. Cannot read audit data. */
    PLATFORM_ADMIN,
    /** Administrator of one department: its resources, its applications, approvals of applications to it. */
    DEPT_ADMIN,
    /** A department's business system or front node: reads the catalog, registers its node keys. */
    DEPT_SYSTEM,
    /** Reads audit data and the catalog; never changes the catalog. */
    AUDITOR,
    /** Runs the platform: read-only in the catalog. */
    OPERATOR,
    /** Our own services calling each other (the lookup API). */
    SERVICE,
    /**
     * The citizen/company portal (一网通办) that authenticated a certificate holder and records their consent
     * (用证授权) in the certificate library. Not bound to a department; no catalog rights.
     */
    CONSENT_ISSUER;

    /** Roles bound to one department. */
    public boolean departmental() {
        return this == DEPT_ADMIN || this == DEPT_SYSTEM;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
