package org.govexchange.certificate.certificate;

import java.time.LocalDate;

/** A holder's certificate in brief: enough to tell whether it satisfies a required material. */
public record HeldCertificate(
        String id,
        String typeCode,
        String holderId,
        String issuer,
        CertificateStatus status,
        LocalDate validFrom,
        LocalDate validTo,
        String keyId) {}
