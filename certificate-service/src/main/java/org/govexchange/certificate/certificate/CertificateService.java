package org.govexchange.certificate.certificate;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.govexchange.certificate.signing.DocumentSignature;
import org.govexchange.certificate.signing.IssuingKey;
import org.govexchange.certificate.signing.KeyRing;
import org.govexchange.certificate.type.CertificateTypeService;
import org.govexchange.certificate.type.RegisteredType;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.contracts.identifier.CertificateId;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.CalendarRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/** Issuing certificates and changing their status: the issuing department's side of the library. */
@Service
public class CertificateService {

    public static final String ISSUER_NOT_AUTHORISED = "ISSUER_NOT_AUTHORISED";
    public static final String NOT_FOUND = "CERTIFICATE_NOT_FOUND";
    public static final String VALIDITY_INVALID = "CERTIFICATE_VALIDITY_INVALID";
    public static final String STATE_CONFLICT = "CERTIFICATE_STATE_CONFLICT";

    /** New certificates are version 001; a reissue with changed content would take the next. */
    static final String FIRST_VERSION = "001";

    private static final int MAX_SERIAL_ATTEMPTS = 5;

    private final CertificateMapper certificates;
    private final CertificateAttachmentMapper attachments;
    private final StatusChangeMapper statusChanges;
    private final CertificateSerials serials;
    private final CertificateTypeService types;
    private final KeyRing keys;
    private final CertificateContent content;
    private final CertificateEvents events;
    private final CertificateViews views;
    private final Clock clock;

    public CertificateService(
            CertificateMapper certificates,
            CertificateAttachmentMapper attachments,
            StatusChangeMapper statusChanges,
            CertificateSerials serials,
            CertificateTypeService types,
            KeyRing keys,
            CertificateContent content,
            CertificateEvents events,
            CertificateViews views,
            Clock clock) {
        this.certificates = certificates;
        this.attachments = attachments;
        this.statusChanges = statusChanges;
        this.serials = serials;
        this.types = types;
        this.keys = keys;
        this.content = content;
        this.events = events;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Issues a certificate for {@code issuer}'s department: checks the department may issue the type, the
     * holder id and the data, assigns the identifier, signs the canonical content and publishes the index
     * record, all in one transaction.
     */
    @Transactional
    public CertificateView issue(UsageActor issuer, IssueCertificateRequest request) {
        RegisteredType type = types.find(request.typeCode())
                .orElseThrow(() -> new ProblemException(
                        422,
                        CertificateTypeService.NOT_FOUND,
                        "No certificate type with code " + request.typeCode() + " is registered."));
        if (issuer.department() == null || !type.issuableBy(issuer.department())) {
            throw new ProblemException(
                    403,
                    ISSUER_NOT_AUTHORISED,
                    "Department " + issuer.department() + " is not authorised to issue " + type.name() + " ("
                            + type.typeCode() + ").");
        }
        String holderId = type.holderKind().normalize(request.holderId());
        Map<String, Object> data = type.schema().validate(request.data());
        LocalDate today = LocalDate.now(clock);
        CalendarRange.requireDate("validFrom", request.validFrom());
        CalendarRange.requireDate("validTo", request.validTo());
        LocalDate validFrom = request.validFrom() == null ? today : request.validFrom();
        LocalDate validTo = request.validTo() != null
                ? request.validTo()
                : type.validityDays() == null ? null : validFrom.plusDays(type.validityDays() - 1L);
        // The type's default validity from a late validFrom can pass 9999-12-31.
        CalendarRange.requireDate("validTo", validTo);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new ProblemException(422, VALIDITY_INVALID, "validTo is before validFrom.");
        }
        Attachments.Checked attachment = request.attachment() == null ? null : Attachments.check(request.attachment());

        String id = newId(type.typeCode(), issuer.department(), today.getYear());

        IssuingKey key = keys.current();
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode signed = content.build(
                id,
                type.typeCode(),
                type.name(),
                issuer.department(),
                type.holderKind(),
                holderId,
                request.holderName().strip(),
                data,
                validFrom,
                validTo,
                issuedAt,
                attachment == null ? null : attachment.view(),
                key);
        String canonical = content.canonicalString(signed);
        DocumentSignature signature = content.sign(key, canonical);

        var certificate = new Certificate();
        certificate.setCertificateId(id);
        certificate.setTypeCode(type.typeCode());
        certificate.setIssuerDept(issuer.department());
        certificate.setHolderKind(type.holderKind().name());
        certificate.setHolderId(holderId);
        certificate.setHolderName(request.holderName().strip());
        certificate.setValidFrom(validFrom);
        certificate.setValidTo(validTo);
        certificate.setIssuedAt(LocalDateTime.ofInstant(issuedAt, ZoneOffset.UTC));
        certificate.setStatus(CertificateStatus.VALID.name());
        certificate.setRecordVersion(1L);
        certificate.setContentJson(canonical);
        certificate.setSignatureAlg(signature.alg());
        certificate.setKeyId(signature.keyId());
        certificate.setSignature(signature.value());
        if (attachment != null) {
            certificate.setAttachmentName(attachment.view().fileName());
            certificate.setAttachmentMediaType(attachment.view().mediaType());
            certificate.setAttachmentSize(attachment.view().size());
            certificate.setAttachmentSha256(attachment.view().sha256());
        }
        certificates.insert(certificate);
        if (attachment != null) {
            var file = new CertificateAttachment();
            file.setCertificateId(id);
            file.setContent(attachment.content());
            attachments.insert(file);
        }
        events.publishIndex(certificate);
        events.auditChange(
                "ISSUE_CERTIFICATE",
                certificate,
                issuer,
                Attachments.sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        return views.view(certificate);
    }

    /**
     * A fresh identifier with a random serial; a collision with a stored one (about 2^-60 per issue) draws again. Two
     * issues racing to the same serial meet the primary key: the later one is a 409, never a silent overwrite.
     */
    private String newId(String typeCode, String issuerCode, int year) {
        for (int attempt = 0; attempt < MAX_SERIAL_ATTEMPTS; attempt++) {
            String id = CertificateId.compose(typeCode, issuerCode, serials.next(year), FIRST_VERSION)
                    .toString();
            if (certificates.selectById(id) == null) {
                return id;
            }
        }
        throw new IllegalStateException(MAX_SERIAL_ATTEMPTS + " random serials in a row were taken: broken random");
    }

    /** Holders that already have a certificate of the type (the demo loader skips them on a restart). */
    @Transactional(readOnly = true)
    public Set<String> holdersOf(String typeCode) {
        return certificates
                .selectObjs(new QueryWrapper<Certificate>()
                        .select("DISTINCT holder_id")
                        .eq("type_code", typeCode))
                .stream()
                .map(String::valueOf)
                .collect(Collectors.toSet());
    }

    @Transactional
    public CertificateView revoke(UsageActor issuer, String id, String reason) {
        return change(issuer, id, StatusAction.REVOKE, reason);
    }

    @Transactional
    public CertificateView suspend(UsageActor issuer, String id, String reason) {
        return change(issuer, id, StatusAction.SUSPEND, reason);
    }

    @Transactional
    public CertificateView reinstate(UsageActor issuer, String id, String reason) {
        return change(issuer, id, StatusAction.REINSTATE, reason);
    }

    /** Only the issuing department changes a status; the change is effective at commit and emitted at once. */
    private CertificateView change(UsageActor issuer, String id, StatusAction action, String reason) {
        CertificateId parsed = CertificateIds.parsePath(id);
        Certificate certificate = certificates.selectById(parsed.toString());
        if (certificate == null) {
            throw ProblemException.notFound(NOT_FOUND, "No certificate with id " + id + ".");
        }
        if (!certificate.getIssuerDept().equals(issuer.department())) {
            throw new ProblemException(
                    403,
                    ISSUER_NOT_AUTHORISED,
                    "Only the issuing department (" + certificate.getIssuerDept() + ") changes this certificate's"
                            + " status.");
        }
        CertificateStatus stored = CertificateStatus.valueOf(certificate.getStatus());
        if (!action.allowedFrom(stored)) {
            throw ProblemException.conflict(
                    STATE_CONFLICT, "A " + stored + " certificate cannot be " + action.target() + ".");
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        String why = reason.strip();
        int updated = certificates.update(
                null,
                new LambdaUpdateWrapper<Certificate>()
                        .set(Certificate::getStatus, action.target().name())
                        .set(Certificate::getStatusReason, why)
                        .set(Certificate::getStatusChangedAt, now)
                        .setSql("record_version = record_version + 1")
                        .eq(Certificate::getCertificateId, certificate.getCertificateId())
                        .eq(Certificate::getStatus, stored.name()));
        if (updated == 0) {
            throw ProblemException.conflict(STATE_CONFLICT, "The certificate's status changed meanwhile; try again.");
        }
        var change = new StatusChange();
        change.setCertificateId(certificate.getCertificateId());
        change.setFromStatus(stored.name());
        change.setToStatus(action.target().name());
        change.setReason(why);
        change.setActorDept(issuer.department());
        change.setActorClient(issuer.clientId());
        change.setChangedAt(now);
        statusChanges.insert(change);

        Certificate changed = certificates.selectById(certificate.getCertificateId());
        events.publishIndex(changed);
        events.auditChange(action.name() + "_CERTIFICATE", changed, issuer, null);
        return views.view(changed);
    }
}
