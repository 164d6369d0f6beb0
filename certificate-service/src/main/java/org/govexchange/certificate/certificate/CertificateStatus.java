package org.govexchange.certificate.certificate;

import java.time.LocalDate;

/**
 * A certificate's status as consumers see it. Only VALID, SUSPENDED and REVOKED are stored (the issuer
 * changes them); EXPIRED and NOT_YET_VALID follow from the validity dates and today's date.
 */
public enum CertificateStatus {
    VALID,
    /** validFrom is still ahead. */
    NOT_YET_VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED;

    /** An issuer's decision outranks the calendar: a revoked certificate that also expired shows REVOKED. */
    static CertificateStatus effective(String stored, LocalDate validFrom, LocalDate validTo, LocalDate today) {
        CertificateStatus lifecycle = valueOf(stored);
        if (lifecycle != VALID) {
            return lifecycle;
        }
        if (validTo != null && validTo.isBefore(today)) {
            return EXPIRED;
        }
        if (validFrom.isAfter(today)) {
            return NOT_YET_VALID;
        }
        return VALID;
    }
}
