package org.govexchange.certificate.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.govexchange.certificate.type.HolderKind;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns stored certificates into what the API shows, with the status as of today. */
@Component
class CertificateViews {

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

    static AttachmentView attachment(Certificate c) {
        if (c.getAttachmentSha256() == null) {
            return null;
        }
        return new AttachmentView(
                c.getAttachmentName(), c.getAttachmentMediaType(), c.getAttachmentSize(), c.getAttachmentSha256());
    }
}
