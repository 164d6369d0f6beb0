package org.govexchange.certificate.openapi;

import org.govexchange.contracts.identifier.CertificateId;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.starter.openapi.ServiceApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the certificate service's OpenAPI document says about the service as a whole. The codes are the literal
 * values of the service's package-private constants (CertificateService, ConsentService, MatterService, …).
 */
@Configuration(proxyBeanMethods = false)
class CertificateApi {

    @Bean
    ServiceApi serviceApi() {
        return ServiceApi.titled(
                        "电子证照库 E-certificate service",
                        "Electronic certificates (电子证照): issuing and status changes by authorised departments,"
                                + " signed documents verifiable offline, verification, the holder's consents and"
                                + " their use, and matters whose materials are checked instead of submitted.")
                .dataPaths("/api/certificates/certificates")
                .codes(
                        400,
                        CertificateId.FORMAT,
                        CertificateId.CHECKSUM,
                        CreditCodes.FORMAT,
                        CreditCodes.CHECKSUM,
                        ResidentIdNumbers.FORMAT,
                        ResidentIdNumbers.DATE,
                        ResidentIdNumbers.CHECKSUM,
                        "DATE_OUT_OF_RANGE")
                .codes(
                        403,
                        "CERTIFICATE_DOCUMENT_NOT_GRANTED",
                        "ISSUER_NOT_AUTHORISED",
                        "VERIFICATION_NOT_AUTHORISED",
                        "CONSENT_REQUIRED")
                .codes(
                        404,
                        "CERTIFICATE_NOT_FOUND",
                        "ATTACHMENT_NOT_FOUND",
                        "MATTER_NOT_FOUND",
                        "CONSENT_NOT_FOUND",
                        "CERTIFICATE_TYPE_NOT_FOUND")
                .codes(409, "CERTIFICATE_STATE_CONFLICT", "MATTER_EXISTS", "CERTIFICATE_TYPE_EXISTS")
                .codes(413, ProblemCodes.PAYLOAD_TOO_LARGE)
                .codes(
                        422,
                        ProblemCodes.VALIDATION_FAILED,
                        "ATTACHMENT_INVALID",
                        "CERTIFICATE_VALIDITY_INVALID",
                        "CERTIFICATE_TYPE_NOT_FOUND",
                        "CERTIFICATE_TYPE_CODE_INVALID",
                        "CERTIFICATE_DATA_INVALID",
                        "CERTIFICATE_TYPE_SCHEMA_INVALID",
                        "CONSENT_INVALID")
                .codes(429, "VERIFICATION_RATE_LIMITED");
    }
}
