package org.govexchange.certificate.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The document's shape of a certificate record as {@code GET /{id}} returns it (the answer itself is the grant's
 * projection, a map): every property is optional, present only when the grant covers it. The fields are the
 * catalog's 电子营业执照 resource.
 */
@Schema(
        name = "CertificateRecord",
        description = "A certificate as a record of the catalog resource, projected to the caller's grant (and"
                + " ?fields=): a field outside the grant is absent; a masked field is masked.")
record GrantedCertificate(
        @Schema(
                        description = "证照标识 E-certificate identifier (GB/T 36904):"
                                + " 1.2.156.3005.2.<type>.<issuer>.<serial>.<3-digit version>.<check>.",
                        pattern = "^1\\.2\\.156\\.3005\\.2\\.[0-9A-Z]+\\.[0-9A-Z]+\\.[0-9A-Z]+\\.[0-9]{3}\\.[0-9A-Z]$",
                        example = "1.2.156.3005.2.11100000000013338W001.11100000000013338W.20260001.001.7")
                String certificateId,
        @Schema(description = "证照类型代码 Certificate type code.", maxLength = 32, example = "11100000000013338W001")
                String typeCode,
        @Schema(description = "持证主体名称 Holder's name.", maxLength = 256, example = "北京示例科技有限公司") String holderName,
        @Schema(
                        description = "持证主体代码 Holder's unified social credit code.",
                        pattern = "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
                        example = "11100000000013338W")
                String holderIdentifier,
        @Schema(description = "发证日期 Issue date.", format = "date", example = "2026-01-15") LocalDate issueDate,
        @Schema(description = "有效期至 Valid until.", format = "date", example = "2031-01-14") LocalDate expiryDate,
        @Schema(
                        description = "证照状态 Status.",
                        allowableValues = {"VALID", "NOT_YET_VALID", "EXPIRED", "SUSPENDED", "REVOKED"},
                        example = "VALID")
                String status) {}
