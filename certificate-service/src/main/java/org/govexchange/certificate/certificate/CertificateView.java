package org.govexchange.certificate.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A certificate as consumers read it.
 *
 * @param holderIdType GB/T 36903 holder-code type: 111 (resident ID number) or 001 (credit code)
 * @param issuer credit code of the issuing department
 * @param validTo absent for a long-term certificate
 * @param statusReason the issuer's reason for the last status change
 */
public record CertificateView(
        String id,
        String typeCode,
        String typeName,
        String holderKind,
        String holderIdType,
        String holderId,
        String holderName,
        String issuer,
        Map<String, Object> data,
        LocalDate validFrom,
        LocalDate validTo,
        Instant issuedAt,
        CertificateStatus status,
        String statusReason,
        Instant statusChangedAt,
        String keyId,
        String signatureAlgorithm,
        AttachmentView attachment) {}
