package org.govexchange.exchange.audit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.audit.AuditText;

/**
 * One row of {@code audit_event}: every member of the event in a column of its own, so the canonical
 * form can be rebuilt from the columns and any changed column shows up in verification.
 */
@TableName("audit_event")
public class StoredAuditEvent {

    @TableId(type = IdType.INPUT)
    private Long sequence;

    private String eventId;
    private LocalDateTime occurredAt;
    private String kind;
    private String actorDept;
    private String actorClient;
    private String targetResource;
    private String providerDept;
    private String operation;
    private String result;
    private Integer status;
    private String denialCode;
    private Long recordCount;
    private String fields;
    private String purpose;
    private String caseId;
    private String requestId;
    private String batchId;
    private String payloadSha256;
    private String signatureRef;
    private Long latencyMs;
    private Long responseBytes;
    private String prevHash;
    private String hash;

    /**
     * Column widths of V2__audit_log.sql, in characters; TEXT for fields holds 65,535 bytes. status
     * (SMALLINT) and response_bytes (BIGINT, V5) hold whatever {@link AuditChain#unrepresentable} lets by.
     */
    static final int ACTOR_DEPT = 64;

    static final int ACTOR_CLIENT = 128;
    static final int TARGET_RESOURCE = 128;
    static final int PROVIDER_DEPT = 64;
    static final int OPERATION = 255;
    static final int DENIAL_CODE = 64;
    static final int PURPOSE = 255;
    static final int CASE_ID = 128;
    static final int REQUEST_ID = 128;
    static final int BATCH_ID = 128;
    static final int PAYLOAD_SHA256 = 128;
    static final int SIGNATURE_REF = 1024;
    static final int FIELDS_MAX_BYTES = 65_535;

    /**
     * Why {@code event} (normalised) cannot be stored so that it verifies later, or null if it can.
     * An event refused here goes to {@code gx.audit.invalid} instead of failing its whole batch. Length
     * is never a reason: {@link #fitted} cuts an overlong text to its column.
     */
    static String whyNotStorable(AuditEvent event) {
        return AuditChain.unrepresentable(event);
    }

    /**
     * {@code event} (normalised and storable) with every text longer than its column cut by {@link
     * AuditText}: the event is stored and hashed in this form, so the chain covers exactly what the row
     * holds. {@code fields} is cut as its joined column value, then split again.
     */
    static AuditEvent fitted(AuditEvent e) {
        String fields = AuditChain.joinFields(e.fields());
        String fittedFields = AuditText.fitUtf8(fields, FIELDS_MAX_BYTES);
        return new AuditEvent(
                e.eventId(),
                e.occurredAt(),
                e.kind(),
                AuditText.fit(e.actorDept(), ACTOR_DEPT),
                AuditText.fit(e.actorClient(), ACTOR_CLIENT),
                AuditText.fit(e.targetResource(), TARGET_RESOURCE),
                AuditText.fit(e.providerDept(), PROVIDER_DEPT),
                AuditText.fit(e.operation(), OPERATION),
                e.result(),
                e.status(),
                AuditText.fit(e.denialCode(), DENIAL_CODE),
                e.recordCount(),
                fittedFields == fields ? e.fields() : AuditChain.splitFields(fittedFields),
                AuditText.fit(e.purpose(), PURPOSE),
                AuditText.fit(e.caseId(), CASE_ID),
                AuditText.fit(e.requestId(), REQUEST_ID),
                AuditText.fit(e.batchId(), BATCH_ID),
                AuditText.fit(e.payloadSha256(), PAYLOAD_SHA256),
                AuditText.fit(e.signatureRef(), SIGNATURE_REF),
                e.latencyMs(),
                e.responseBytes());
    }

    /** The row for {@code event} (already normalised) at {@code sequence}. */
    static StoredAuditEvent of(long sequence, AuditEvent event, String prevHash, String hash) {
        var row = new StoredAuditEvent();
        row.sequence = sequence;
        row.eventId = event.eventId().toString();
        row.occurredAt = LocalDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC);
        row.kind = event.kind().name();
        row.actorDept = event.actorDept();
        row.actorClient = event.actorClient();
        row.targetResource = event.targetResource();
        row.providerDept = event.providerDept();
        row.operation = event.operation();
        row.result = event.result().name();
        row.status = event.status();
        row.denialCode = event.denialCode();
        row.recordCount = event.recordCount();
        row.fields = AuditChain.joinFields(event.fields());
        row.purpose = event.purpose();
        row.caseId = event.caseId();
        row.requestId = event.requestId();
        row.batchId = event.batchId();
        row.payloadSha256 = event.payloadSha256();
        row.signatureRef = event.signatureRef();
        row.latencyMs = event.latencyMs();
        row.responseBytes = event.responseBytes();
        row.prevHash = prevHash;
        row.hash = hash;
        return row;
    }

    /**
     * The event exactly as the columns hold it, for recomputing the hash. Values that cannot be what
     * ingest wrote (an upper-case id, an unknown kind) are refused rather than silently normalised.
     *
     * @throws IllegalArgumentException if a column holds such a value
     */
    AuditEvent toEvent() {
        if (eventId == null || occurredAt == null || kind == null || result == null) {
            throw new IllegalArgumentException("a required column is NULL");
        }
        UUID id = UUID.fromString(eventId);
        if (!id.toString().equals(eventId)) {
            throw new IllegalArgumentException("event_id is not a lower-case UUID");
        }
        return new AuditEvent(
                id,
                occurredAtInstant(),
                AuditKind.valueOf(kind),
                actorDept,
                actorClient,
                targetResource,
                providerDept,
                operation,
                AuditResult.valueOf(result),
                status,
                denialCode,
                recordCount,
                AuditChain.splitFields(fields),
                purpose,
                caseId,
                requestId,
                batchId,
                payloadSha256,
                signatureRef,
                latencyMs,
                responseBytes);
    }

    Instant occurredAtInstant() {
        return occurredAt == null ? null : occurredAt.toInstant(ZoneOffset.UTC);
    }

    public Long getSequence() {
        return sequence;
    }

    public void setSequence(Long sequence) {
        this.sequence = sequence;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getActorDept() {
        return actorDept;
    }

    public void setActorDept(String actorDept) {
        this.actorDept = actorDept;
    }

    public String getActorClient() {
        return actorClient;
    }

    public void setActorClient(String actorClient) {
        this.actorClient = actorClient;
    }

    public String getTargetResource() {
        return targetResource;
    }

    public void setTargetResource(String targetResource) {
        this.targetResource = targetResource;
    }

    public String getProviderDept() {
        return providerDept;
    }

    public void setProviderDept(String providerDept) {
        this.providerDept = providerDept;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public String getDenialCode() {
        return denialCode;
    }

    public void setDenialCode(String denialCode) {
        this.denialCode = denialCode;
    }

    public Long getRecordCount() {
        return recordCount;
    }

    public void setRecordCount(Long recordCount) {
        this.recordCount = recordCount;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getBatchId() {
        return batchId;
    }

    public void setBatchId(String batchId) {
        this.batchId = batchId;
    }

    public String getPayloadSha256() {
        return payloadSha256;
    }

    public void setPayloadSha256(String payloadSha256) {
        this.payloadSha256 = payloadSha256;
    }

    public String getSignatureRef() {
        return signatureRef;
    }

    public void setSignatureRef(String signatureRef) {
        this.signatureRef = signatureRef;
    }

    public Long getLatencyMs() {
        return latencyMs;
    }

    public void setLatencyMs(Long latencyMs) {
        this.latencyMs = latencyMs;
    }

    public Long getResponseBytes() {
        return responseBytes;
    }

    public void setResponseBytes(Long responseBytes) {
        this.responseBytes = responseBytes;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public void setPrevHash(String prevHash) {
        this.prevHash = prevHash;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }
}
