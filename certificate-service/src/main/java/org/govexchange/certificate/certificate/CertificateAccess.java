package org.govexchange.certificate.certificate;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.govexchange.certificate.consent.ConsentGrant;
import org.govexchange.certificate.consent.ConsentService;
import org.govexchange.certificate.signing.DocumentSignature;
import org.govexchange.certificate.type.HolderKind;
import org.govexchange.certificate.usage.UsageAction;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.certificate.usage.UsageService;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading certificates: a consumer department sees a holder's certificate only under the holder's consent
 * (the issuing department sees its own), only the fields its grant names, masked as the grant says; every read
 * leaves a usage record for the holder and a CERTIFICATE_USED audit event, in the transaction of the read.
 * Verification is {@link CertificateVerification}'s.
 */
@Service
public class CertificateAccess {

    /** 403: the signed document or file asked for under a grant that does not cover every field unmasked. */
    public static final String DOCUMENT_NOT_GRANTED = "CERTIFICATE_DOCUMENT_NOT_GRANTED";

    private final CertificateMapper certificates;
    private final CertificateAttachmentMapper attachments;
    private final ConsentService consents;
    private final UsageService usage;
    private final CertificateContent content;
    private final CertificateEvents events;
    private final CertificateViews views;

    public CertificateAccess(
            CertificateMapper certificates,
            CertificateAttachmentMapper attachments,
            ConsentService consents,
            UsageService usage,
            CertificateContent content,
            CertificateEvents events,
            CertificateViews views) {
        this.certificates = certificates;
        this.attachments = attachments;
        this.consents = consents;
        this.usage = usage;
        this.content = content;
        this.events = events;
        this.views = views;
    }

    /** One certificate as a record of the catalog resource: the granted fields only, masked as granted. */
    @Transactional
    public Map<String, Object> get(GrantContext grant, String id, String consentId) {
        Certificate certificate = require(id);
        use(grant, certificate, consentId, UsageAction.RETRIEVE);
        return views.projected(certificate, grant);
    }

    /** The holder's certificates the consent covers, newest first; one use of the consent per call. */
    @Transactional
    public CertificateList list(GrantContext grant, String holderId, String consentId) {
        String holder = HolderKind.lookupForm(holderId);
        ConsentGrant consent = consents.use(consentId, grant.consumerDept(), holder, null);
        var query = new LambdaQueryWrapper<Certificate>().eq(Certificate::getHolderId, holder);
        if (consent.certificateId() != null) {
            query.eq(Certificate::getCertificateId, consent.certificateId());
        } else {
            query.in(Certificate::getTypeCode, consent.typeCodes());
        }
        query.orderByDesc(Certificate::getIssuedAt);
        List<Certificate> found = certificates.selectList(query);
        UsageActor actor = UsageActor.of(grant);
        for (Certificate certificate : found) {
            record(
                    actor,
                    UsageAction.RETRIEVE,
                    certificate,
                    consent.matterCode(),
                    consent.consentId(),
                    grant.resourceCode());
        }
        return new CertificateList(
                holder,
                consent.consentId(),
                consent.matterCode(),
                consent.remainingUses(),
                found.stream().map(c -> views.projected(c, grant)).toList());
    }

    /**
     * The signed document, to keep or pass on and verify offline against the published keys. It carries every
     * field and cannot be cut or masked without breaking the signature, so it needs a grant of them all, plain.
     */
    @Transactional
    public CertificateDocument document(GrantContext grant, String id, String consentId) {
        requireWholeGrant(grant);
        Certificate certificate = require(id);
        use(grant, certificate, consentId, UsageAction.DOCUMENT);
        return new CertificateDocument(content.parse(certificate.getContentJson()), signatureOf(certificate));
    }

    @Transactional
    public AttachmentFile attachment(GrantContext grant, String id, String consentId) {
        requireWholeGrant(grant);
        Certificate certificate = require(id);
        if (certificate.getAttachmentSha256() == null) {
            throw ProblemException.notFound("ATTACHMENT_NOT_FOUND", "Certificate " + id + " has no attachment.");
        }
        use(grant, certificate, consentId, UsageAction.ATTACHMENT);
        CertificateAttachment file = attachments.selectById(certificate.getCertificateId());
        return new AttachmentFile(
                certificate.getAttachmentName(),
                certificate.getAttachmentMediaType(),
                certificate.getAttachmentSha256(),
                file.getContent());
    }

    /** The holder's certificates of these types, newest first, without recording a use (the caller does). */
    @Transactional(readOnly = true)
    public List<HeldCertificate> held(String holderId, Collection<String> typeCodes) {
        if (typeCodes.isEmpty()) {
            return List.of();
        }
        return certificates
                .selectList(new LambdaQueryWrapper<Certificate>()
                        .eq(Certificate::getHolderId, HolderKind.lookupForm(holderId))
                        .in(Certificate::getTypeCode, typeCodes)
                        .orderByDesc(Certificate::getIssuedAt))
                .stream()
                .map(c -> new HeldCertificate(
                        c.getCertificateId(),
                        c.getTypeCode(),
                        c.getHolderId(),
                        c.getIssuerDept(),
                        views.status(c),
                        c.getValidFrom(),
                        c.getValidTo(),
                        c.getKeyId()))
                .toList();
    }

    /** Records a use of a certificate made elsewhere (the material check), with its audit event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordUse(
            UsageActor actor, UsageAction action, HeldCertificate held, String matterCode, String consentId) {
        Certificate certificate = certificates.selectById(held.id());
        record(actor, action, certificate, matterCode, consentId, null);
    }

    private void use(GrantContext grant, Certificate certificate, String consentId, UsageAction action) {
        String matterCode = null;
        String usedConsent = null;
        boolean ownCertificate = certificate.getIssuerDept().equals(grant.consumerDept());
        if (!(ownCertificate && (consentId == null || consentId.isBlank()))) {
            ConsentGrant consent = consents.use(consentId, grant.consumerDept(), certificate.getHolderId(), null);
            if (!consent.covers(certificate.getCertificateId(), certificate.getTypeCode())) {
                // The exception rolls the transaction back, so the use just taken is given back.
                throw new ProblemException(
                        403,
                        ConsentService.CONSENT_REQUIRED,
                        "Consent " + consentId + " does not cover this certificate.",
                        Map.of("reason", "NOT_COVERED"));
            }
            matterCode = consent.matterCode();
            usedConsent = consent.consentId();
        }
        record(UsageActor.of(grant), action, certificate, matterCode, usedConsent, grant.resourceCode());
    }

    private void record(
            UsageActor actor,
            UsageAction action,
            Certificate certificate,
            String matterCode,
            String consentId,
            String resourceCode) {
        usage.record(
                actor,
                action,
                certificate.getCertificateId(),
                certificate.getTypeCode(),
                certificate.getHolderId(),
                matterCode,
                consentId);
        events.auditUse(action, certificate, actor, resourceCode);
    }

    private static void requireWholeGrant(GrantContext grant) {
        if (!CertificateViews.grantsWhole(grant)) {
            throw new ProblemException(
                    403,
                    DOCUMENT_NOT_GRANTED,
                    "The signed document and its file carry every field of the certificate unmasked; the grant must"
                            + " cover all of " + CertificateViews.RESOURCE_FIELDS + " without masking.",
                    Map.of("fields", CertificateViews.RESOURCE_FIELDS));
        }
    }

    private Certificate require(String id) {
        Certificate certificate =
                certificates.selectById(CertificateIds.parsePath(id).toString());
        if (certificate == null) {
            throw ProblemException.notFound(CertificateService.NOT_FOUND, "No certificate with id " + id + ".");
        }
        return certificate;
    }

    static DocumentSignature signatureOf(Certificate certificate) {
        return new DocumentSignature(certificate.getSignatureAlg(), certificate.getKeyId(), certificate.getSignature());
    }
}
