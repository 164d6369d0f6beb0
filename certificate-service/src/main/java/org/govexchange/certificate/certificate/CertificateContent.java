package org.govexchange.certificate.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.govexchange.certificate.signing.CanonicalJson;
import org.govexchange.certificate.signing.DocumentSignature;
import org.govexchange.certificate.signing.IssuingKey;
import org.govexchange.certificate.signing.KeyCheck;
import org.govexchange.certificate.signing.KeyRing;
import org.govexchange.certificate.type.HolderKind;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signed content of a certificate (the {@code certificate} member of its document) and its checks.
 * The content names its key and algorithm, so neither can be swapped without breaking the signature.
 */
@Component
class CertificateContent {

    private final JsonMapper json;
    private final CanonicalJson canonical;
    private final KeyRing keys;

    CertificateContent(JsonMapper json, CanonicalJson canonical, KeyRing keys) {
        this.json = json;
        this.canonical = canonical;
        this.keys = keys;
    }

    /** The content to sign; optional members are left out rather than written as null. */
    ObjectNode build(
            String id,
            String typeCode,
            String typeName,
            String issuer,
            HolderKind holderKind,
            String holderId,
            String holderName,
            Map<String, Object> data,
            LocalDate validFrom,
            LocalDate validTo,
            Instant issuedAt,
            AttachmentView attachment,
            IssuingKey key) {
        ObjectNode content = json.createObjectNode();
        content.put("id", id);
        content.put("typeCode", typeCode);
        content.put("typeName", typeName);
        content.put("issuer", issuer);
        ObjectNode holder = content.putObject("holder");
        holder.put("kind", holderKind.name());
        holder.put("idType", holderKind.idType());
        holder.put("id", holderId);
        holder.put("name", holderName);
        content.set("data", json.valueToTree(data));
        content.put("validFrom", validFrom.toString());
        if (validTo != null) {
            content.put("validTo", validTo.toString());
        }
        content.put("issuedAt", issuedAt.toString());
        if (attachment != null) {
            ObjectNode file = content.putObject("attachment");
            file.put("fileName", attachment.fileName());
            file.put("mediaType", attachment.mediaType());
            file.put("size", attachment.size());
            file.put("sha256", attachment.sha256());
        }
        content.put("keyId", key.keyId());
        content.put("alg", key.algorithm().wireName());
        return content;
    }

    String canonicalString(ObjectNode content) {
        return canonical.string(content);
    }

    DocumentSignature sign(IssuingKey key, String canonicalContent) {
        return keys.sign(key, canonicalContent.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks a document as presented: the signature must name the key and algorithm the content names,
     * verify over the content's canonical form, and come from a key that was issuing at {@code issuedAt}.
     *
     * @return VALID, or the reason it is not
     */
    String check(ObjectNode content, DocumentSignature signature) {
        String keyId = text(content, "keyId");
        String alg = text(content, "alg");
        if (keyId == null || alg == null || text(content, "id") == null) {
            return "MALFORMED_DOCUMENT";
        }
        if (!keyId.equals(signature.keyId()) || !alg.equals(signature.alg())) {
            return "KEY_MISMATCH";
        }
        Instant issuedAt;
        try {
            issuedAt = Instant.parse(String.valueOf(text(content, "issuedAt")));
        } catch (DateTimeParseException e) {
            return "MALFORMED_DOCUMENT";
        }
        KeyCheck check = keys.verify(signature, canonical.bytes(content), issuedAt);
        return check.name();
    }

    ObjectNode parse(String contentJson) {
        return (ObjectNode) json.readTree(contentJson);
    }

    static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
