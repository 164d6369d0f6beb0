package org.govexchange.contracts.audit;

/**
 * What an audit event records. Consumers must tolerate kinds added later (new constants are appended,
 * none is renamed or removed).
 */
public enum AuditKind {
    /** A data request through the gateway or a basic-database service. */
    API_CALL,
    BATCH_ACCEPTED,
    BATCH_REJECTED,
    BATCH_DELIVERED,
    RECORD_QUARANTINED,
    /** An application was approved (or auto-approved) and became a grant. */
    GRANT_APPROVED,
    GRANT_REVOKED,
    GRANT_EXPIRED,
    APPLICATION_REJECTED,
    ACCOUNT_CREATED,
    SECRET_ROTATED,
    KEY_REGISTERED,
    /** A department was suspended or reactivated. */
    DEPARTMENT_STATUS_CHANGED,
    CERTIFICATE_USED,
    /** A message the hub could not process was moved to its dead-letter topic (the reason is the denial code). */
    MESSAGE_DEAD_LETTERED,
    /** A node reconciled a subscribed resource with the hub (the record count is the differences found). */
    RECONCILED
}
