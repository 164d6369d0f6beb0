package org.govexchange.exchange.audit;

import java.time.Instant;
import java.util.List;
import org.govexchange.contracts.audit.AuditChain;

/**
 * A stored event as the API shows it: the event's members, where it sits in the chain, and its
 * hashes. Kind and result are shown as stored, so even a tampered row can be listed.
 */
public record AuditEventView(
        long sequence,
        String eventId,
        Instant occurredAt,
        String kind,
        String actorDept,
        String actorClient,
        String targetResource,
        String providerDept,
        String operation,
        String result,
        Integer status,
        String denialCode,
        Long recordCount,
        List<String> fields,
        String purpose,
        String caseId,
        String requestId,
        String batchId,
        String payloadSha256,
        String signatureRef,
        Long latencyMs,
        Long responseBytes,
        String prevHash,
        String hash) {

    static AuditEventView of(StoredAuditEvent row) {
        return new AuditEventView(
                row.getSequence(),
                row.getEventId(),
                row.occurredAtInstant(),
                row.getKind(),
                row.getActorDept(),
                row.getActorClient(),
                row.getTargetResource(),
                row.getProviderDept(),
                row.getOperation(),
                row.getResult(),
                row.getStatus(),
                row.getDenialCode(),
                row.getRecordCount(),
                AuditChain.splitFields(row.getFields()),
                row.getPurpose(),
                row.getCaseId(),
                row.getRequestId(),
                row.getBatchId(),
                row.getPayloadSha256(),
                row.getSignatureRef(),
                row.getLatencyMs(),
                row.getResponseBytes(),
                row.getPrevHash(),
                row.getHash());
    }
}
