package org.govexchange.certificate.certificate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * Issues a certificate; the issuing department is the caller's (from the gateway's internal token).
 *
 * @param holderId resident ID number (PERSON types) or credit code (ORGANISATION types)
 * @param data the certificate's fields, checked against the type's schema
 * @param validFrom default today
 * @param validTo default validFrom + the type's validity − 1 day; absent for a long-term type
 */
public record IssueCertificateRequest(
        @NotBlank @Size(max = 21) String typeCode,
        @NotBlank @Size(max = 32) String holderId,
        @NotBlank @Size(max = 256) String holderName,
        Map<String, Object> data,
        LocalDate validFrom,
        LocalDate validTo,
        @Valid AttachmentUpload attachment) {}
