package org.govexchange.node.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.Receipt;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.node.InvalidNodeConfigException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.DeleteMode;
import org.govexchange.node.NodeProperties.Subscribe;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.keys.HubPublicKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies downlink batches to the department's target tables: verify the hub's signature, upsert every record
 * whose version is newer than the row's (older or equal ones change nothing), delete or flag per configuration,
 * all in one transaction of the department's database; then record the batch and its receipt in the store,
 * and send the receipt. A redelivered batch is recognised and only gets its receipt again.
 */
@Service
public class SinkService {

    /** Why a whole envelope was refused; counted as gx.node.envelopes.refused{reason}. */
    public static final String SIGNATURE_INVALID = "SIGNATURE_INVALID";

    public static final String MALFORMED = "MALFORMED";
    public static final String NOT_SUBSCRIBED = "NOT_SUBSCRIBED";

    private static final Logger log = LoggerFactory.getLogger(SinkService.class);

    private final NodeProperties node;
    private final DepartmentDatabase department;
    private final AppliedBatchMapper appliedBatches;
    private final TombstoneMapper tombstones;
    private final DeliveredRows deliveredRows;
    private final TransactionTemplate store;
    private final HubPublicKey hubKey;
    private final ReceiptPublisher receipts;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, TargetTable> tables = new ConcurrentHashMap<>();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private final AtomicLong redelivered = new AtomicLong();
    private final Map<String, Boolean> hasTombstones = new ConcurrentHashMap<>();
    private volatile Instant lastAppliedAt;
    private volatile String lastRefusal;

    /** Counters of one subscribed resource. */
    static final class Progress {
        volatile String lastBatchId;
        volatile Instant lastAppliedAt;
        final AtomicLong applied = new AtomicLong();
        final AtomicLong ignored = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
    }

    /** What writing one batch did; {@code delivered}: the keys written, for reconciliation. */
    record Outcome(
            int applied,
            int ignored,
            List<Receipt.Failure> failed,
            Map<String, Long> tombstones,
            List<DeliveredRows.Delivered> delivered) {}

    public SinkService(
            NodeProperties node,
            DepartmentDatabase department,
            AppliedBatchMapper appliedBatches,
            TombstoneMapper tombstones,
            DeliveredRows deliveredRows,
            TransactionTemplate store,
            HubPublicKey hubKey,
            ReceiptPublisher receipts,
            MeterRegistry meters,
            Clock clock) {
        this.node = node;
        this.department = department;
        this.appliedBatches = appliedBatches;
        this.tombstones = tombstones;
        this.deliveredRows = deliveredRows;
        this.store = store;
        this.hubKey = hubKey;
        this.receipts = receipts;
        this.meters = meters;
        this.clock = clock;
        node.subscribe().forEach(s -> progress.put(s.resourceCode(), new Progress()));
    }

    /**
     * Reads every target table's shape and checks the configuration against it.
     *
     * @throws InvalidNodeConfigException when a table or column does not exist or does not fit
     */
    public void checkTargets() {
        List<String> problems = new ArrayList<>();
        for (Subscribe subscribe : node.subscribe()) {
            try {
                table(subscribe, problems);
            } catch (DataAccessException e) {
                String message = String.valueOf(e.getMostSpecificCause().getMessage());
                if (message.contains("doesn't exist") || message.contains("Unknown database")) {
                    problems.add("subscribe " + subscribe.resourceCode() + ": table " + subscribe.table()
                            + " does not exist");
                } else {
                    log.warn(
                            "cannot check target table {} yet (department database unreachable?): {}",
                            subscribe.table(),
                            message);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNodeConfigException(problems);
        }
    }

    /**
     * Applies one downlink envelope and sends its receipt.
     *
     * @param repair a reconciliation's repair: a record also replaces a row at its own version
     *
     * @return the receipt sent, or null when the envelope was refused (not signed by the hub)
     * @throws RuntimeException when the department's database, the store or the broker failed: nothing was
     *     recorded as applied, so the envelope must be delivered again
     */
    public Receipt apply(Envelope envelope, boolean backfill, boolean repair) {
        AppliedBatch known = appliedBatches.selectById(envelope.batchId());
        if (known != null) {
            redelivered.incrementAndGet();
            counter("gx.node.batches.redelivered", envelope.resourceCode()).increment();
            receipts.send(known.getBatchId(), known.getReceipt().getBytes(StandardCharsets.UTF_8));
            log.debug("batch {} was applied before; its receipt was sent again", envelope.batchId());
            return ExchangeJson.decode(known.getReceipt().getBytes(StandardCharsets.UTF_8), Receipt.class);
        }
        if (!hubKey.verifies(envelope)) {
            refuse(SIGNATURE_INVALID, envelope.batchId(), "its signature does not verify with the hub's key");
            return null;
        }
        Subscribe subscribe = node.subscription(envelope.resourceCode());
        Outcome outcome = subscribe == null ? notSubscribed(envelope) : write(subscribe, envelope, repair);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Receipt receipt = new Receipt(
                envelope.batchId(),
                node.nodeId(),
                node.departmentCode(),
                envelope.resourceCode(),
                outcome.applied(),
                outcome.ignored(),
                outcome.failed(),
                now);
        byte[] json = ExchangeJson.encode(receipt);
        store.executeWithoutResult(status -> {
            AppliedBatch batch = new AppliedBatch();
            batch.setBatchId(envelope.batchId());
            batch.setResourceCode(envelope.resourceCode());
            batch.setApplied(outcome.applied());
            batch.setIgnored(outcome.ignored());
            batch.setFailed(outcome.failed().size());
            batch.setReceipt(new String(json, StandardCharsets.UTF_8));
            batch.setBackfill(backfill);
            batch.setAppliedAt(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            appliedBatches.insert(batch);
            LocalDateTime deletedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            outcome.tombstones()
                    .forEach((key, version) ->
                            tombstones.save(new Tombstone(envelope.resourceCode(), key, version, deletedAt)));
            deliveredRows.record(envelope.resourceCode(), outcome.delivered());
        });
        if (!outcome.tombstones().isEmpty()) {
            hasTombstones.put(envelope.resourceCode(), true);
        }
        receipts.send(envelope.batchId(), json);
        count(envelope.resourceCode(), envelope.batchId(), outcome, now);
        if (!outcome.failed().isEmpty()) {
            log.warn(
                    "batch {} of {}: {} record(s) could not be applied, e.g. {}",
                    envelope.batchId(),
                    envelope.resourceCode(),
                    outcome.failed().size(),
                    outcome.failed().get(0));
        }
        return receipt;
    }

    /** An envelope that is not a hub batch at all: logged and counted, nothing applied, no receipt. */
    public void refuse(String reason, String batchId, String detail) {
        counter("gx.node.envelopes.refused", null).increment();
        Counter.builder("gx.node.envelopes.refused.by.reason")
                .tag("reason", reason)
                .register(meters)
                .increment();
        lastRefusal = reason + ": batch " + batchId + " " + detail;
        log.error("refused downlink envelope {}: {} ({})", batchId, detail, reason);
    }

    private Outcome notSubscribed(Envelope envelope) {
        String reason =
                NOT_SUBSCRIBED + ": node " + node.nodeId() + " does not subscribe to " + envelope.resourceCode();
        log.warn(
                "downlink batch {} is for {}, which this node does not subscribe to",
                envelope.batchId(),
                envelope.resourceCode());
        return new Outcome(
                0,
                0,
                envelope.records().stream()
                        .map(r -> new Receipt.Failure(r.key(), reason))
                        .toList(),
                Map.of(),
                List.of());
    }

    private Outcome write(Subscribe subscribe, Envelope envelope, boolean repair) {
        List<String> problems = new ArrayList<>();
        TargetTable table = table(subscribe, problems);
        if (table == null) {
            throw new InvalidNodeConfigException(problems);
        }
        List<Receipt.Failure> failed = new ArrayList<>();
        List<TargetTable.Row> rows = new ArrayList<>();
        for (ExchangeRecord record : envelope.records()) {
            try {
                rows.add(table.prepare(record));
            } catch (TargetTable.ValueException e) {
                failed.add(new Receipt.Failure(record.key(), e.getMessage()));
            }
        }
        Map<String, Long> deleted = deletedVersions(subscribe, rows);
        LocalDateTime now =
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        try {
            Outcome outcome =
                    department.transaction().execute(status -> writeAll(table, rows, deleted, now, false, repair));
            return merge(outcome, failed);
        } catch (DataIntegrityViolationException e) {
            // Some record does not fit (too long, NOT NULL...): again, one savepoint per record, to find which.
            log.debug("batch {} had a record the table refused; applying record by record", envelope.batchId(), e);
            Outcome outcome =
                    department.transaction().execute(status -> writeAll(table, rows, deleted, now, true, repair));
            return merge(outcome, failed);
        }
    }

    /**
     * Decides per record against the locked current versions, then writes.
     *
     * @param oneByOne each record in its own savepoint, its failure recorded instead of failing the batch
     * @param repair a record at the row's own version is applied too
     */
    private Outcome writeAll(
            TargetTable table,
            List<TargetTable.Row> rows,
            Map<String, Long> deleted,
            LocalDateTime now,
            boolean oneByOne,
            boolean repair) {
        var jdbc = department.jdbc();
        Subscribe subscribe = table.subscribe();
        Map<String, Long> current = rows.isEmpty() ? Map.of() : new HashMap<>(table.lockVersions(jdbc, rows));
        Map<String, Long> gone = new HashMap<>(deleted);
        Map<String, Long> tombstoneUpdates = new LinkedHashMap<>();
        List<TargetTable.Row> upserts = new ArrayList<>();
        List<TargetTable.Row> deletes = new ArrayList<>();
        List<Receipt.Failure> failed = new ArrayList<>();
        Map<String, DeliveredRows.Delivered> delivered = new LinkedHashMap<>();
        int ignored = 0;
        for (TargetTable.Row row : rows) {
            long version = row.record().version();
            Long held = current.get(row.keyText());
            Long deletedAt = gone.get(row.record().key());
            long newest =
                    Math.max(held == null ? Long.MIN_VALUE : held, deletedAt == null ? Long.MIN_VALUE : deletedAt);
            if (repair ? version < newest : version <= newest) {
                ignored++;
                continue;
            }
            if (oneByOne) {
                try {
                    department
                            .savepoint()
                            .executeWithoutResult(status -> writeOne(table, row, held != null, now, repair));
                } catch (DataIntegrityViolationException e) {
                    failed.add(new Receipt.Failure(
                            row.record().key(),
                            "DATABASE: " + abbreviate(e.getMostSpecificCause().getMessage())));
                    continue;
                }
            } else if (row.record().op() == RecordOp.UPSERT) {
                upserts.add(row);
            } else {
                deletes.add(row);
            }
            if (row.record().op() == RecordOp.DELETE) {
                current.put(row.keyText(), subscribe.deleteMode() == DeleteMode.FLAG && held != null ? version : null);
                if (subscribe.deleteMode() == DeleteMode.DELETE || held == null) {
                    tombstoneUpdates.merge(row.record().key(), version, Math::max);
                    gone.merge(row.record().key(), version, Math::max);
                }
            } else {
                current.put(row.keyText(), version);
            }
            String key = row.record().key();
            delivered.put(
                    key,
                    new DeliveredRows.Delivered(
                            key, version, row.record().op() == RecordOp.UPSERT ? table.rowHash(row) : null));
        }
        if (!oneByOne) {
            // Record order only matters within one key, and each key's decision above already used its newest
            // version: a later record of the same key in the batch was compared against the earlier one.
            table.upsert(jdbc, upserts, now, repair);
            if (subscribe.deleteMode() == DeleteMode.DELETE) {
                table.delete(jdbc, deletes);
            } else {
                table.flag(jdbc, deletes, now);
            }
        }
        int applied = rows.size() - ignored - failed.size();
        return new Outcome(applied, ignored, failed, tombstoneUpdates, List.copyOf(delivered.values()));
    }

    private void writeOne(TargetTable table, TargetTable.Row row, boolean exists, LocalDateTime now, boolean repair) {
        var jdbc = department.jdbc();
        if (row.record().op() == RecordOp.UPSERT) {
            table.upsert(jdbc, List.of(row), now, repair);
        } else if (table.subscribe().deleteMode() == DeleteMode.DELETE) {
            table.delete(jdbc, List.of(row));
        } else if (exists) {
            table.flag(jdbc, List.of(row), now);
        }
    }

    /** Versions at which keys of this batch were deleted before (tombstones), by record key. */
    private Map<String, Long> deletedVersions(Subscribe subscribe, List<TargetTable.Row> rows) {
        // Most resources never see a deletion: then there is nothing to look up.
        boolean any = hasTombstones.computeIfAbsent(
                subscribe.resourceCode(), rc -> !tombstones.any(rc).isEmpty());
        if (rows.isEmpty() || !any) {
            return Map.of();
        }
        Map<String, Long> versions = new HashMap<>();
        List<String> keys = rows.stream().map(r -> r.record().key()).distinct().toList();
        for (int from = 0; from < keys.size(); from += 500) {
            tombstones
                    .find(subscribe.resourceCode(), keys.subList(from, Math.min(keys.size(), from + 500)))
                    .forEach(t -> versions.put(t.recordKey(), t.version()));
        }
        return versions;
    }

    private static Outcome merge(Outcome outcome, List<Receipt.Failure> earlier) {
        if (earlier.isEmpty()) {
            return outcome;
        }
        List<Receipt.Failure> all = new ArrayList<>(earlier);
        all.addAll(outcome.failed());
        return new Outcome(outcome.applied(), outcome.ignored(), all, outcome.tombstones(), outcome.delivered());
    }

    private void count(String resourceCode, String batchId, Outcome outcome, Instant now) {
        counter("gx.node.batches.applied", resourceCode).increment();
        counter("gx.node.records.applied", resourceCode).increment(outcome.applied());
        counter("gx.node.records.ignored", resourceCode).increment(outcome.ignored());
        counter("gx.node.records.failed", resourceCode)
                .increment(outcome.failed().size());
        Progress p = progress.get(resourceCode);
        if (p != null) {
            p.lastBatchId = batchId;
            p.lastAppliedAt = now;
            p.applied.addAndGet(outcome.applied());
            p.ignored.addAndGet(outcome.ignored());
            p.failed.addAndGet(outcome.failed().size());
        }
        lastAppliedAt = now;
    }

    private Counter counter(String name, String resourceCode) {
        Counter.Builder builder = Counter.builder(name);
        if (resourceCode != null) {
            builder.tag("resource", resourceCode);
        }
        return builder.register(meters);
    }

    /** The target table of a subscription, its shape read once. */
    TargetTable table(Subscribe subscribe, List<String> problems) {
        TargetTable table = tables.get(subscribe.resourceCode());
        if (table == null) {
            table = TargetTable.of(subscribe, department.shape(subscribe.table()), problems);
            if (table != null) {
                tables.put(subscribe.resourceCode(), table);
            }
        }
        return table;
    }

    public List<SubscriptionStatus> status(long lag) {
        List<SubscriptionStatus> all = new ArrayList<>();
        for (Subscribe subscribe : node.subscribe()) {
            Progress p = progress.get(subscribe.resourceCode());
            all.add(new SubscriptionStatus(
                    subscribe.resourceCode(),
                    subscribe.table(),
                    p.lastBatchId,
                    p.lastAppliedAt,
                    p.applied.get(),
                    p.ignored.get(),
                    p.failed.get(),
                    lag));
        }
        return all;
    }

    public Instant lastAppliedAt() {
        return lastAppliedAt;
    }

    /** The last envelope refused as a whole, with why; null if none since the start. */
    public String lastRefusal() {
        return lastRefusal;
    }

    public long redeliveredBatches() {
        return redelivered.get();
    }

    private static String abbreviate(String text) {
        String value = String.valueOf(text);
        return value.length() > 300 ? value.substring(0, 300) + "..." : value;
    }
}
