package org.govexchange.certificate.consent;

/** Stored: ACTIVE or WITHDRAWN. Shown: also EXPIRED (past validUntil) and EXHAUSTED (no uses left). */
public enum ConsentStatus {
    ACTIVE,
    WITHDRAWN,
    EXPIRED,
    EXHAUSTED
}
