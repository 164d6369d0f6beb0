package org.govexchange.exchange.uplink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.schema.FieldSpec;
import org.govexchange.exchange.batch.BatchStore;
import org.govexchange.exchange.batch.DownlinkBatchRow;
import org.govexchange.exchange.batch.UplinkBatchRow;
import org.govexchange.exchange.catalog.CatalogCache;
import org.govexchange.exchange.catalog.CatalogModel;
import org.govexchange.exchange.catalog.CatalogRefusedException;
import org.govexchange.exchange.deadletter.Outages;
import org.govexchange.exchange.fanout.Downlink;
import org.govexchange.exchange.fanout.FanOut;
import org.govexchange.exchange.quarantine.QuarantineNotice;
import org.govexchange.exchange.validation.RecordValidator;
import org.govexchange.exchange.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one poll of uplink envelopes into {@link UplinkWork}: checks each batch (new? signed by a registered key
 * of its sender? sent by the resource's provider? a known resource?), validates its records, applies the version
 * guard, and builds the resource records, quarantine notices, subscriber downlinks and audit events. Reads the
 * database and the catalog, writes nothing.
 *
 * <p>An envelope that cannot be processed (its topic names no department, it is not an envelope, its resource is
 * unknown, its {@code createdAt} is implausible, the catalog refuses its lookup, or anything else fails while it
 * is handled) is dead-lettered ({@link UplinkDeadLetter}) and the other envelopes of the poll go on.
 *
 * @throws org.govexchange.exchange.catalog.CatalogUnavailableException when the catalog cannot answer (and any
 *     other outage, {@link Outages}): the whole poll is retried later
 */
@Component
class UplinkProcessor {

    static final String MALFORMED = "MALFORMED";
    static final String SIGNATURE_INVALID = "SIGNATURE_INVALID";
    static final String NOT_PROVIDER = "NOT_PROVIDER";
    static final String RESOURCE_UNKNOWN = "RESOURCE_UNKNOWN";

    private static final Logger log = LoggerFactory.getLogger(UplinkProcessor.class);
    private static final int MAX_KEY_LENGTH = 255;

    private final CatalogCache catalog;
    private final RecordValidator validator;
    private final FanOut fanOut;
    private final BatchStore batches;
    private final KeyVersions keyVersions;
    private final MeterRegistry meters;
    private final ResourceTopics resourceTopics;
    private final UplinkDeadLetter deadLetter;
    private final JsonMapper json = JsonMapper.builder().build();

    /** Runs first for every new envelope (tests: an unexpected failure in one envelope). */
    volatile Consumer<ConsumerRecord<byte[], byte[]>> beforeEnvelope = message -> {};

    UplinkProcessor(
            CatalogCache catalog,
            RecordValidator validator,
            FanOut fanOut,
            BatchStore batches,
            KeyVersions keyVersions,
            MeterRegistry meters,
            ResourceTopics resourceTopics,
            UplinkDeadLetter deadLetter) {
        this.catalog = catalog;
        this.validator = validator;
        this.fanOut = fanOut;
        this.batches = batches;
        this.keyVersions = keyVersions;
        this.meters = meters;
        this.resourceTopics = resourceTopics;
        this.deadLetter = deadLetter;
    }

    UplinkWork process(List<ConsumerRecord<byte[], byte[]>> polled) {
        UplinkWork work = new UplinkWork();
        List<Decoded> decoded = polled.stream().map(UplinkProcessor::decode).toList();
        Map<String, List<String>> ids = new HashMap<>();
        for (Decoded d : decoded) {
            if (d.department() != null) {
                ids.computeIfAbsent(d.department(), k -> new ArrayList<>()).add(d.batchId());
            }
        }
        Map<String, Map<String, String>> seenBySender = new HashMap<>();
        ids.forEach((department, batchIds) -> seenBySender.put(department, batches.seen(department, batchIds)));
        Set<String> inThisPoll = new HashSet<>();
        for (Decoded d : decoded) {
            Instant now = Instant.now();
            if (d.department() == null) {
                deadLetter.add(
                        work,
                        d.message(),
                        null,
                        null,
                        UplinkDeadLetter.DEPARTMENT_INVALID,
                        "the topic " + d.message().topic() + " names no department",
                        now);
                continue;
            }
            if (!firstTime(work, seenBySender, inThisPoll, d.department(), d.batchId(), d.message())) {
                continue;
            }
            UplinkWork one = work.forEnvelope();
            try {
                envelope(one, d, now);
                work.merge(one);
            } catch (CatalogRefusedException e) {
                deadLetter.add(
                        work,
                        d.message(),
                        d.department(),
                        d.batchId(),
                        UplinkDeadLetter.CATALOG_REFUSED,
                        e.getMessage(),
                        now);
            } catch (RuntimeException e) {
                if (Outages.isOutage(e)) {
                    throw e;
                }
                log.error(
                        "uplink message {}-{}@{} failed",
                        d.message().topic(),
                        d.message().partition(),
                        d.message().offset(),
                        e);
                deadLetter.add(
                        work,
                        d.message(),
                        d.department(),
                        d.batchId(),
                        UplinkDeadLetter.PROCESSING_FAILED,
                        e.toString(),
                        now);
            }
        }
        return work;
    }

    /** One new envelope: refused before any work when it cannot be read or its time is implausible, else handled. */
    private void envelope(UplinkWork work, Decoded d, Instant now) {
        beforeEnvelope.accept(d.message());
        if (d.envelope() == null) {
            rejectBatch(work, d.message(), d.department(), d.batchId(), null, null, null, 0, MALFORMED, d.error(), now);
            deadLetter.add(work, d.message(), d.department(), d.batchId(), UplinkDeadLetter.MALFORMED, d.error(), now);
            return;
        }
        Envelope envelope = d.envelope();
        String badTime = UplinkDeadLetter.createdAtProblem(envelope.createdAt(), now);
        if (badTime != null) {
            // createdAt stays out of the row: the database cannot hold every instant an envelope can carry.
            rejectBatch(
                    work,
                    d.message(),
                    d.department(),
                    envelope.batchId(),
                    validResourceCode(envelope.resourceCode()) ? envelope.resourceCode() : null,
                    null,
                    null,
                    envelope.records().size(),
                    UplinkDeadLetter.CREATED_AT_OUT_OF_RANGE,
                    badTime,
                    now);
            deadLetter.add(
                    work,
                    d.message(),
                    d.department(),
                    envelope.batchId(),
                    UplinkDeadLetter.CREATED_AT_OUT_OF_RANGE,
                    badTime,
                    now);
            return;
        }
        handle(work, d.message(), d.department(), envelope, now);
    }

    /** An uplink message, decoded (or why not), with its sender (the topic's department) and batch id. */
    private record Decoded(
            ConsumerRecord<byte[], byte[]> message,
            String department,
            String batchId,
            Envelope envelope,
            String error) {}

    /** Decoded; the department is null when the topic's department part is no department code. */
    private static Decoded decode(ConsumerRecord<byte[], byte[]> message) {
        String department =
                Topics.departmentOf(message.topic(), Topics.UPLINK_PREFIX).orElse(null);
        String key = message.key() == null ? null : new String(message.key(), StandardCharsets.UTF_8);
        String fallbackId = key != null && !key.isEmpty() && key.length() <= 64
                ? key
                : "offset-" + message.partition() + "-" + message.offset();
        try {
            if (message.value() == null) {
                throw new IllegalArgumentException("empty message");
            }
            Envelope envelope = ExchangeJson.decodeEnvelope(message.value());
            if (envelope.batchId().isEmpty() || envelope.batchId().length() > 64) {
                throw new IllegalArgumentException("batchId must have 1 to 64 characters");
            }
            return new Decoded(message, department, envelope.batchId(), envelope, null);
        } catch (RuntimeException e) {
            // Whatever the bytes made the decoder throw, the message is malformed (not a failure of the hub).
            return new Decoded(message, department, fallbackId, null, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Whether the batch is new, or is this very Kafka record again (its earlier transaction did not commit, so
     * its outputs are sent again with the same ids); a batch the sender sent again at another position is
     * dropped.
     */
    private boolean firstTime(
            UplinkWork work,
            Map<String, Map<String, String>> seenBySender,
            Set<String> inThisPoll,
            String department,
            String batchId,
            ConsumerRecord<byte[], byte[]> message) {
        String position = BatchStore.position(message.topic(), message.partition(), message.offset());
        String earlier = seenBySender.getOrDefault(department, Map.of()).get(batchId);
        boolean duplicate =
                (earlier != null && !earlier.equals(position)) || !inThisPoll.add(department + "|" + batchId);
        if (duplicate) {
            work.duplicates++;
            work.metrics.add(
                    () -> meters.counter("gx.exchange.batches.duplicate").increment());
            log.info("uplink batch {} of {} seen before: dropped", batchId, department);
        }
        return !duplicate;
    }

    private void handle(
            UplinkWork work,
            ConsumerRecord<byte[], byte[]> message,
            String department,
            Envelope envelope,
            Instant now) {
        String resourceCode = envelope.resourceCode();
        int count = envelope.records().size();
        String signature = envelope.signature() == null
                ? null
                : envelope.signature().alg() + ":" + envelope.signature().keyId();
        String signatureRef = signature != null && signature.length() > 200 ? signature.substring(0, 200) : signature;
        // Every refusal below quarantines the whole batch with the same facts; only the rule and reason differ.
        BiConsumer<String, String> reject = (rule, reason) -> rejectBatch(
                work,
                message,
                department,
                envelope.batchId(),
                resourceCode,
                envelope.createdAt(),
                signatureRef,
                count,
                rule,
                reason,
                now);
        boolean verified = verified(message.value(), envelope, catalog.departmentKeys(department))
                || verified(message.value(), envelope, catalog.departmentKeysRecheck(department));
        if (!verified) {
            reject.accept(
                    SIGNATURE_INVALID,
                    "the envelope's signature does not verify with a registered active key of " + department);
            return;
        }
        if (!department.equals(envelope.sender())) {
            reject.accept(NOT_PROVIDER, "sender " + envelope.sender() + " published on the uplink of " + department);
            return;
        }
        Integer schemaVersion = envelope.schemaVersion() > 0 ? envelope.schemaVersion() : null;
        Optional<CatalogModel.Resource> found =
                validResourceCode(resourceCode) ? catalog.resource(resourceCode, schemaVersion) : Optional.empty();
        if (found.isEmpty() && validResourceCode(resourceCode)) {
            found = catalog.resourceRecheck(resourceCode, schemaVersion);
        }
        if (found.isEmpty()) {
            String why = "the catalog has no resource " + resourceCode + " (schema version " + envelope.schemaVersion()
                    + ")";
            reject.accept(RESOURCE_UNKNOWN, why);
            deadLetter.add(work, message, department, envelope.batchId(), UplinkDeadLetter.RESOURCE_UNKNOWN, why, now);
            return;
        }
        CatalogModel.Resource resource = found.get();
        if (!department.equals(resource.providerCode())) {
            reject.accept(
                    NOT_PROVIDER,
                    department + " is not the provider of " + resourceCode + " (" + resource.providerCode() + " is)");
            return;
        }
        accept(work, message, department, envelope, resource, signatureRef, now);
    }

    private void accept(
            UplinkWork work,
            ConsumerRecord<byte[], byte[]> message,
            String department,
            Envelope envelope,
            CatalogModel.Resource resource,
            String signatureRef,
            Instant now) {
        String resourceCode = envelope.resourceCode();
        String versionTag = department + ":" + envelope.batchId();
        Map<String, KeyVersionMapper.KeyVersion> versions = versions(work, resourceCode, envelope);
        List<ExchangeRecord> accepted = new ArrayList<>();
        List<QuarantineNotice.Item> rejected = new ArrayList<>();
        Set<String> rejectedKeys = new HashSet<>();
        int stale = 0;
        for (ExchangeRecord record : envelope.records()) {
            List<Violation> violations = validator.validate(resource, record);
            if (record.key().length() > MAX_KEY_LENGTH) {
                violations = new ArrayList<>(violations);
                violations.add(new Violation(
                        null,
                        RecordValidator.KEY_MISMATCH,
                        "the record key is longer than " + MAX_KEY_LENGTH + " characters"));
            }
            if (!violations.isEmpty()) {
                rejectedKeys.add(record.key());
                for (Violation violation : violations) {
                    rejected.add(new QuarantineNotice.Item(
                            record.key(), record.version(), violation.field(), violation.rule(), violation.reason()));
                    String rule = violation.rule();
                    work.metrics.add(() -> meters.counter("gx.exchange.records.rejected", "rule", rule)
                            .increment());
                }
                continue;
            }
            KeyVersionMapper.KeyVersion held = versions.get(record.key());
            boolean replayOfThis = held != null
                    && held.version() == record.version()
                    && held.batchId().equals(versionTag);
            if (held != null && held.version() >= record.version() && !replayOfThis) {
                stale++;
                continue;
            }
            versions.put(
                    record.key(),
                    new KeyVersionMapper.KeyVersion(
                            record.key(), record.version(), versionTag, record.op() == RecordOp.DELETE));
            work.versions
                    .computeIfAbsent(resourceCode, r -> new HashMap<>())
                    .put(record.key(), versions.get(record.key()));
            accepted.add(record);
        }
        String topic = Topics.resource(resourceCode);
        if (!accepted.isEmpty()) {
            resourceTopics.ensure(resourceCode);
        }
        for (ExchangeRecord record : accepted) {
            var resourceRecord = new ResourceRecord(
                    resourceCode,
                    envelope.schemaVersion(),
                    record.key(),
                    record.op(),
                    record.version(),
                    record.data(),
                    department,
                    envelope.batchId(),
                    now);
            work.messages.add(new ProducerRecord<>(
                    topic, record.key().getBytes(StandardCharsets.UTF_8), ExchangeJson.encode(resourceRecord)));
        }
        if (!rejected.isEmpty()) {
            quarantine(work, new QuarantineNotice(envelope.batchId(), department, resourceCode, false, rejected, now));
        }
        List<GrantPolicy> grants =
                resource.notShared() || accepted.isEmpty() ? List.of() : catalog.subscriptionGrants(resourceCode);
        List<Downlink> downlinks = fanOut.fanOut(
                resource, resourceCode, grants, department, envelope.batchId(), envelope.schemaVersion(), accepted);
        for (Downlink downlink : downlinks) {
            Envelope out = downlink.envelope();
            work.messages.add(new ProducerRecord<>(
                    Topics.downlink(downlink.consumerCode()),
                    out.batchId().getBytes(StandardCharsets.UTF_8),
                    ExchangeJson.encode(out)));
            work.downlinks.add(DownlinkBatchRow.sent(
                    out.batchId(),
                    downlink.consumerCode(),
                    resourceCode,
                    downlink.grantId(),
                    department,
                    envelope.batchId(),
                    null,
                    out.records().size(),
                    now));
            String consumer = downlink.consumerCode();
            int size = out.records().size();
            work.metrics.add(() -> meters.counter("gx.exchange.records.out", "consumer", consumer)
                    .increment(size));
        }
        int rejectedCount = rejectedKeys.size();
        String state = rejectedCount == 0
                ? "ACCEPTED"
                : rejectedCount == envelope.records().size() ? "REJECTED" : "PARTIALLY_REJECTED";
        work.uplinks.add(new UplinkBatchRow(
                department,
                envelope.batchId(),
                resourceCode,
                state,
                null,
                envelope.records().size(),
                accepted.size(),
                rejectedCount,
                stale,
                signatureRef,
                envelope.createdAt(),
                now,
                message.topic(),
                message.partition(),
                message.offset()));
        audit(
                work,
                AuditEvent.builder(AuditKind.BATCH_ACCEPTED)
                        .eventId(auditId(department, envelope.batchId()))
                        .occurredAt(now)
                        .actorDept(department)
                        .providerDept(department)
                        .targetResource(resourceCode)
                        .operation("UPLINK " + state)
                        .result(rejectedCount == 0 ? AuditResult.ALLOWED : AuditResult.FAILED)
                        .denialCode(rejectedCount == 0 ? null : "RECORDS_QUARANTINED")
                        .recordCount((long) accepted.size())
                        .fields(resource.fields().stream().map(FieldSpec::code).toList())
                        .batchId(envelope.batchId())
                        .payloadSha256(sha256(message.value()))
                        .signatureRef(signatureRef)
                        .latencyMs(Math.max(
                                0, Duration.between(envelope.createdAt(), now).toMillis()))
                        .build());
        int acceptedCount = accepted.size();
        int total = envelope.records().size();
        Instant created = envelope.createdAt();
        work.metrics.add(() -> {
            meters.counter("gx.exchange.records.in", "resource", resourceCode).increment(total);
            meters.counter("gx.exchange.records.accepted", "resource", resourceCode)
                    .increment(acceptedCount);
            Timer.builder("gx.exchange.batch.latency")
                    .description("uplink batch createdAt → accepted by the hub")
                    .register(meters)
                    .record(Duration.between(created, Instant.now()).abs());
        });
    }

    /** The stored versions of the envelope's keys, merged with what earlier envelopes of this poll accepted. */
    private Map<String, KeyVersionMapper.KeyVersion> versions(UplinkWork work, String resourceCode, Envelope envelope) {
        List<String> keys = envelope.records().stream()
                .map(ExchangeRecord::key)
                .filter(key -> key.length() <= MAX_KEY_LENGTH)
                .distinct()
                .toList();
        Map<String, KeyVersionMapper.KeyVersion> versions = new LinkedHashMap<>(keyVersions.load(resourceCode, keys));
        versions.putAll(work.acceptedVersions(resourceCode));
        return versions;
    }

    private void rejectBatch(
            UplinkWork work,
            ConsumerRecord<byte[], byte[]> message,
            String department,
            String batchId,
            String resourceCode,
            Instant createdAt,
            String signatureRef,
            int count,
            String reason,
            String detail,
            Instant now) {
        log.warn("uplink batch {} on {} quarantined: {} ({})", batchId, message.topic(), reason, detail);
        String resource = validResourceCode(resourceCode) ? resourceCode : null;
        work.uplinks.add(new UplinkBatchRow(
                department,
                batchId,
                resource,
                "REJECTED",
                reason,
                count,
                0,
                count,
                0,
                signatureRef,
                createdAt,
                now,
                message.topic(),
                message.partition(),
                message.offset()));
        quarantine(
                work,
                new QuarantineNotice(
                        batchId,
                        department,
                        resource,
                        true,
                        List.of(new QuarantineNotice.Item(null, null, null, reason, detail)),
                        now));
        audit(
                work,
                AuditEvent.builder(AuditKind.BATCH_REJECTED)
                        .eventId(auditId(department, batchId))
                        .occurredAt(now)
                        .actorDept(department)
                        .targetResource(resource)
                        .operation("UPLINK REJECTED")
                        .result(AuditResult.DENIED)
                        .denialCode(reason)
                        .recordCount((long) count)
                        .batchId(batchId)
                        .payloadSha256(message.value() == null ? null : sha256(message.value()))
                        .signatureRef(signatureRef)
                        .build());
        work.metrics.add(() ->
                meters.counter("gx.exchange.batches.rejected", "reason", reason).increment());
    }

    private void quarantine(UplinkWork work, QuarantineNotice notice) {
        work.quarantine.add(notice);
        if (validDepartment(notice.providerCode())) {
            work.messages.add(new ProducerRecord<>(
                    Topics.quarantine(notice.providerCode()),
                    notice.batchId().getBytes(StandardCharsets.UTF_8),
                    json.writeValueAsBytes(notice)));
        }
    }

    private void audit(UplinkWork work, AuditEvent event) {
        work.messages.add(new ProducerRecord<>(
                AuditEvent.TOPIC,
                event.eventId().toString().getBytes(StandardCharsets.UTF_8),
                json.writeValueAsBytes(event)));
    }

    private static boolean verified(byte[] bytes, Envelope envelope, Optional<CatalogModel.DepartmentKeys> keys) {
        if (keys.isEmpty() || !keys.get().departmentActive() || envelope.signature() == null) {
            return false;
        }
        List<CatalogModel.Key> active =
                keys.get().keys().stream().filter(CatalogModel.Key::active).toList();
        String keyId = envelope.signature().keyId();
        List<CatalogModel.Key> named = active.stream()
                .filter(k -> k.keyId() != null && k.keyId().equals(keyId))
                .toList();
        for (CatalogModel.Key key : named.isEmpty() ? active : named) {
            PublicKey publicKey;
            try {
                publicKey = EnvelopeKeys.readPublicKey(key.publicKeyPem());
            } catch (IllegalArgumentException unreadable) {
                continue;
            }
            if (EnvelopeSigning.verify(bytes, publicKey)) {
                return true;
            }
        }
        return false;
    }

    /** The same uplink batch always gets the same audit event id: the audit log stores a replay once. */
    private static UUID auditId(String department, String batchId) {
        return UUID.nameUUIDFromBytes(("uplink|" + department + "|" + batchId).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean validResourceCode(String code) {
        try {
            Topics.resource(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean validDepartment(String code) {
        try {
            Topics.quarantine(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
