package org.govexchange.certificate.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.govexchange.certificate.usage.UsageAction;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.starter.outbox.AuditTrail;
import org.govexchange.starter.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What leaves the service when a certificate is issued, changes status or is used: the index record on the
 * exchange and audit events, both through the outbox in the caller's transaction.
 */
@Component
class CertificateEvents {

    static final String INDEX_RECORD = "CERTIFICATE_INDEX";

    private final Outbox outbox;
    private final AuditTrail audit;
    private final IndexProperties index;
    private final Clock clock;

    CertificateEvents(Outbox outbox, AuditTrail audit, IndexProperties index, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.index = index;
        this.clock = clock;
    }

    /**
     * The certificate's current index record (keyed by its id, versioned per certificate, so a sink keeps the
     * newest even when a redelivery arrives late).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void publishIndex(Certificate certificate) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", certificate.getCertificateId());
        data.put("typeCode", certificate.getTypeCode());
        data.put("holderId", certificate.getHolderId());
        data.put("issuer", certificate.getIssuerDept());
        data.put("status", status(certificate).name());
        data.put("validFrom", certificate.getValidFrom().toString());
        data.put(
                "validTo",
                certificate.getValidTo() == null
                        ? null
                        : certificate.getValidTo().toString());
        UUID eventId = UUID.randomUUID();
        var record = new ResourceRecord(
                index.resourceCode(),
                1,
                certificate.getCertificateId(),
                RecordOp.UPSERT,
                certificate.getRecordVersion(),
                data,
                certificate.getIssuerDept(),
                eventId.toString(),
                clock.instant());
        outbox.append(index.topic(), certificate.getCertificateId(), INDEX_RECORD, eventId, record);
    }

    /** Issue, revoke, suspend, reinstate: who did it to which certificate. */
    @Transactional(propagation = Propagation.MANDATORY)
    void auditChange(String operation, Certificate certificate, UsageActor actor, String payloadSha256) {
        audit.record(byActor(AuditKind.API_CALL, actor, null, operation + " " + certificate.getCertificateId())
                .providerDept(certificate.getIssuerDept())
                .recordCount(1L)
                .payloadSha256(payloadSha256)
                .signatureRef(certificate.getKeyId())
                .build());
    }

    /** CERTIFICATE_USED: a consumer read, exported, downloaded or verified a certificate. */
    @Transactional(propagation = Propagation.MANDATORY)
    void auditUse(UsageAction action, Certificate certificate, UsageActor actor, String resourceCode) {
        audit.record(byActor(
                        AuditKind.CERTIFICATE_USED,
                        actor,
                        resourceCode,
                        action.name() + " " + certificate.getCertificateId())
                .providerDept(certificate.getIssuerDept())
                .recordCount(1L)
                .signatureRef(certificate.getKeyId())
                .build());
    }

    /**
     * A verification call, allowed or refused: which department asked about which identifier, and what it got.
     * The identifier is what the caller named (it may not exist); the issuer and key only when it does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void auditVerification(
            String operation,
            String certificateId,
            Certificate stored,
            UsageActor actor,
            String resourceCode,
            int status,
            String denialCode) {
        audit.record(byActor(AuditKind.CERTIFICATE_USED, actor, resourceCode, operation + " " + certificateId)
                .providerDept(stored == null ? null : stored.getIssuerDept())
                .result(denialCode == null ? AuditResult.ALLOWED : AuditResult.DENIED)
                .status(status)
                .denialCode(denialCode)
                .recordCount(stored == null ? 0L : 1L)
                .signatureRef(stored == null ? null : stored.getKeyId())
                .build());
    }

    private CertificateStatus status(Certificate certificate) {
        return CertificateStatus.effective(
                certificate.getStatus(), certificate.getValidFrom(), certificate.getValidTo(), LocalDate.now(clock));
    }

    /** Who acted, on which resource (the certificate resource unless named), with the request's purpose and ids. */
    private AuditEvent.Builder byActor(AuditKind kind, UsageActor actor, String resourceCode, String operation) {
        return AuditEvent.builder(kind)
                .occurredAt(clock.instant())
                .actorDept(actor.department())
                .actorClient(actor.clientId())
                .targetResource(resourceCode == null ? index.resourceCode() : resourceCode)
                .operation(operation)
                .purpose(actor.purpose())
                .caseId(actor.caseId())
                .requestId(actor.requestId());
    }
}
