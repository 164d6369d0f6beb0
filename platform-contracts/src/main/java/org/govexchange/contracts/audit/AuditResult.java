package org.govexchange.contracts.audit;

/** Outcome of an audited action. */
public enum AuditResult {
    ALLOWED,
    DENIED,
    FAILED
}
