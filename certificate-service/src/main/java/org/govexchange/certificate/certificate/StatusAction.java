package org.govexchange.certificate.certificate;

import java.util.Set;

/** What an issuer may do to a certificate's status, and from which stored statuses. */
enum StatusAction {
    REVOKE(CertificateStatus.REVOKED, Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED)),
    SUSPEND(CertificateStatus.SUSPENDED, Set.of(CertificateStatus.VALID)),
    REINSTATE(CertificateStatus.VALID, Set.of(CertificateStatus.SUSPENDED));

    private final CertificateStatus target;
    private final Set<CertificateStatus> from;

    StatusAction(CertificateStatus target, Set<CertificateStatus> from) {
        this.target = target;
        this.from = from;
    }

    CertificateStatus target() {
        return target;
    }

    boolean allowedFrom(CertificateStatus stored) {
        return from.contains(stored);
    }
}
