package org.govexchange.certificate.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.certificate.type.HolderKind;
import org.govexchange.contracts.grant.FieldProjection;
import org.govexchange.contracts.grant.GrantContext;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored certificates into what the API shows, with the status as of today: the issuing department's full
 * view, and the consumers' record in the catalog resource's fields, cut to their grant.
 */
@Component
class CertificateViews {

    /**
     * The fields the catalog defines for the certificate resource (201001 电子营业执照, catalog-service
     * DemoCatalog), in its order. A consumer's read is this record and nothing else, projected on its grant.
     */
    static final List<String> RESOURCE_FIELDS =
            List.of("certificateId", "typeCode", "holderName", "holderIdentifier", "issueDate", "expiryDate", "status");

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {};

    private final JsonMapper json;
    private final Clock clock;

    CertificateViews(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    CertificateStatus status(Certificate c) {
        return CertificateStatus.effective(c.getStatus(), c.getValidFrom(), c.getValidTo(), LocalDate.now(clock));
    }

    CertificateView view(Certificate c) {
        JsonNode content = json.readTree(c.getContentJson());
        Map<String, Object> data = json.convertValue(content.get("data"), DATA);
        HolderKind kind = HolderKind.valueOf(c.getHolderKind());
        return new CertificateView(
                c.getCertificateId(),
                c.getTypeCode(),
                CertificateContent.text(content, "typeName"),
                kind.name(),
                kind.idType(),
                c.getHolderId(),
                c.getHolderName(),
                c.getIssuerDept(),
                data,
                c.getValidFrom(),
                c.getValidTo(),
                c.getIssuedAt().toInstant(ZoneOffset.UTC),
                status(c),
                c.getStatusReason(),
                c.getStatusChangedAt() == null ? null : c.getStatusChangedAt().toInstant(ZoneOffset.UTC),
                c.getKeyId(),
                c.getSignatureAlg(),
                attachment(c));
    }

    /** The certificate as a record of the catalog resource: every catalog field, unprojected. */
    Map<String, Object> record(Certificate c) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("certificateId", c.getCertificateId());
        record.put("typeCode", c.getTypeCode());
        record.put("holderName", c.getHolderName());
        record.put("holderIdentifier", c.getHolderId());
        // 发证日期: the business date of issue in the platform's zone.
        record.put(
                "issueDate",
                LocalDate.ofInstant(c.getIssuedAt().toInstant(ZoneOffset.UTC), clock.getZone())
                        .toString());
        record.put("expiryDate", c.getValidTo() == null ? null : c.getValidTo().toString());
        record.put("status", status(c).name());
        return record;
    }

    /** What leaves to a consumer: only the fields its grant names, each masked as the grant says. */
    Map<String, Object> projected(Certificate c, GrantContext grant) {
        return FieldProjection.project(record(c), grant);
    }

    /** Whether the grant lets every field of the certificate out unmasked (what a signed whole needs). */
    static boolean grantsWhole(GrantContext grant) {
        return RESOURCE_FIELDS.stream().allMatch(grant::isPlain);
    }

    static AttachmentView attachment(Certificate c) {
        if (c.getAttachmentSha256() == null) {
            return null;
        }
        return new AttachmentView(
                c.getAttachmentName(), c.getAttachmentMediaType(), c.getAttachmentSize(), c.getAttachmentSha256());
    }
}
