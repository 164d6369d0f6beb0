package org.govexchange.contracts.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One audit event, as every component publishes it to {@code gx.audit} (key: {@code eventId}) and as the
 * exchange service stores it. Members that do not apply to a kind are {@code null}.
 *
 * @param eventId unique id; consumers drop a redelivered event by it
 * @param occurredAt when the audited action happened
 * @param kind what happened
 * @param actorDept credit code of the acting department, if any
 * @param actorClient OAuth2 client id of the actor
 * @param targetResource resource code, e.g. {@code 101001/000001}
 * @param providerDept credit code of the department providing the resource
 * @param operation free-form operation name, e.g. {@code APPROVE_APPLICATION}, {@code GET /api/population/persons}
 * @param result whether the action was allowed
 * @param status HTTP status the caller got (for a gateway call: the final status, denials included);
 *     null for events that are not an HTTP exchange
 * @param denialCode problem code when denied or failed
 * @param recordCount records returned, accepted or delivered
 * @param fields field codes involved (granted or returned)
 * @param purpose purpose code or text of the request
 * @param caseId 办件编号 from {@code X-GX-Case-Id}
 * @param requestId correlation id of the request
 * @param batchId exchange batch id
 * @param payloadSha256 hex SHA-256 of the payload
 * @param signatureRef reference to the signature (key id and value, or where it is kept)
 * @param latencyMs how long the action took
 * @param responseBytes bytes of the response body sent to the caller; null when unknown or not an HTTP
 *     exchange
 */
public record AuditEvent(
        UUID eventId,
        Instant occurredAt,
        AuditKind kind,
        String actorDept,
        String actorClient,
        String targetResource,
        String providerDept,
        String operation,
        AuditResult result,
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
        Long responseBytes) {

    /** The Kafka topic every component publishes audit events to. */
    public static final String TOPIC = "gx.audit";

    public AuditEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** Starts an event of {@code kind} with a fresh id, the current time and result ALLOWED. */
    public static Builder builder(AuditKind kind) {
        return new Builder(kind);
    }

    /** Fluent construction, since most kinds use a handful of the members. */
    public static final class Builder {

        private UUID eventId = UUID.randomUUID();
        private Instant occurredAt = Instant.now();
        private final AuditKind kind;
        private String actorDept;
        private String actorClient;
        private String targetResource;
        private String providerDept;
        private String operation;
        private AuditResult result = AuditResult.ALLOWED;
        private Integer status;
        private String denialCode;
        private Long recordCount;
        private List<String> fields;
        private String purpose;
        private String caseId;
        private String requestId;
        private String batchId;
        private String payloadSha256;
        private String signatureRef;
        private Long latencyMs;
        private Long responseBytes;

        private Builder(AuditKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        public Builder eventId(UUID value) {
            this.eventId = value;
            return this;
        }

        public Builder occurredAt(Instant value) {
            this.occurredAt = value;
            return this;
        }

        public Builder actorDept(String value) {
            this.actorDept = value;
            return this;
        }

        public Builder actorClient(String value) {
            this.actorClient = value;
            return this;
        }

        public Builder targetResource(String value) {
            this.targetResource = value;
            return this;
        }

        public Builder providerDept(String value) {
            this.providerDept = value;
            return this;
        }

        public Builder operation(String value) {
            this.operation = value;
            return this;
        }

        public Builder result(AuditResult value) {
            this.result = value;
            return this;
        }

        public Builder status(Integer value) {
            this.status = value;
            return this;
        }

        public Builder denialCode(String value) {
            this.denialCode = value;
            return this;
        }

        public Builder recordCount(Long value) {
            this.recordCount = value;
            return this;
        }

        public Builder fields(List<String> value) {
            this.fields = value;
            return this;
        }

        public Builder purpose(String value) {
            this.purpose = value;
            return this;
        }

        public Builder caseId(String value) {
            this.caseId = value;
            return this;
        }

        public Builder requestId(String value) {
            this.requestId = value;
            return this;
        }

        public Builder batchId(String value) {
            this.batchId = value;
            return this;
        }

        public Builder payloadSha256(String value) {
            this.payloadSha256 = value;
            return this;
        }

        public Builder signatureRef(String value) {
            this.signatureRef = value;
            return this;
        }

        public Builder latencyMs(Long value) {
            this.latencyMs = value;
            return this;
        }

        public Builder responseBytes(Long value) {
            this.responseBytes = value;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(
                    eventId,
                    occurredAt,
                    kind,
                    actorDept,
                    actorClient,
                    targetResource,
                    providerDept,
                    operation,
                    result,
                    status,
                    denialCode,
                    recordCount,
                    fields,
                    purpose,
                    caseId,
                    requestId,
                    batchId,
                    payloadSha256,
                    signatureRef,
                    latencyMs,
                    responseBytes);
        }
    }
}
