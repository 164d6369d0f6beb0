package org.govexchange.basicdb.ingest;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.conflict.SourcedValue;
import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.field.SourcedRow;
import org.govexchange.contracts.exchange.RecordOp;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies validated source records, a poll's worth in the caller's transaction: version ordering per source,
 * then 多源校核 field by field. When two sources disagree on a field, the one with the higher priority for that
 * field keeps it (equal priority: the later record), and the disagreement is stored for the conflicts API.
 *
 * <p>The records are reconciled in their order against the rows, versions and provenance read (and locked) once
 * for all their keys, with each record's effect kept in memory for the next one of the same key: the outcome
 * is the one applying them one at a time would have. The rows, versions and provenance are then written in one
 * batch each; conflicts and the table's {@code beforeWrite} are written as they happen.
 */
public class ReconcilingIngest<R extends SourcedRow, F extends Enum<F> & RecordField<R>> {

    private final RecordTable<R, F> table;
    private final FieldSet<F> fields;
    private final IngestStore store;
    private final ConflictService conflicts;
    private final IngestProperties properties;

    public ReconcilingIngest(
            RecordTable<R, F> table,
            FieldSet<F> fields,
            IngestStore store,
            ConflictService conflicts,
            IngestProperties properties) {
        this.table = table;
        this.fields = fields;
        this.store = store;
        this.conflicts = conflicts;
        this.properties = properties;
    }

    /** One record in a transaction of its own (or the caller's). */
    @Transactional
    public IngestOutcome apply(IncomingRecord<F> in) {
        return applyAll(List.of(in)).get(0);
    }

    /** The records in the caller's transaction; one outcome per record, in their order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<IngestOutcome> applyAll(List<IncomingRecord<F>> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String> keys = new ArrayList<>(
                new TreeSet<>(records.stream().map(IncomingRecord::key).toList()));
        var poll = new Poll<R>(
                store.lockVersions(keys),
                store.lockRows(table, keys),
                new HashMap<>(),
                new LinkedHashMap<>(),
                new LinkedHashMap<>(),
                new LinkedHashMap<>());
        poll.owners.putAll(store.provenance(new ArrayList<>(new TreeSet<>(poll.rows.keySet()))));

        List<IngestOutcome> outcomes = new ArrayList<>(records.size());
        for (IncomingRecord<F> in : records) {
            outcomes.add(reconcile(in, poll, now));
        }
        store.upsertRows(poll.changedRows.values());
        store.upsertVersions(poll.newVersions.values());
        store.upsertProvenance(poll.newProvenance.values());
        return outcomes;
    }

    private IngestOutcome reconcile(IncomingRecord<F> in, Poll<R> poll, LocalDateTime now) {
        Map<String, Long> seenBySource = poll.versions.computeIfAbsent(in.key(), k -> new HashMap<>());
        Long seen = seenBySource.get(in.resourceCode());
        if (seen != null && seen >= in.version()) {
            return IngestOutcome.IGNORED_OLDER;
        }
        seenBySource.put(in.resourceCode(), in.version());
        poll.newVersions.put(in.key() + '\n' + in.resourceCode(), sourceVersion(in, now));

        R current = poll.rows.get(in.key());
        if (current == null && in.op() == RecordOp.DELETE) {
            // Nothing to cancel; the version is kept so an older upsert arriving late stays ignored.
            return IngestOutcome.UNCHANGED;
        }
        Map<String, FieldProvenance> owners = poll.owners.computeIfAbsent(in.key(), k -> new HashMap<>());
        if (current == null) {
            // A new row: whatever provenance was left behind has nothing to own.
            owners.clear();
        }

        Map<F, String> changes = fields.newMap();
        boolean provenanceChanged = false;
        for (Map.Entry<F, String> entry : in.values().entrySet()) {
            F field = entry.getKey();
            String arrived = entry.getValue();
            String held = field.read(current);
            FieldProvenance owner = owners.get(field.code());
            boolean sameSource = owner != null && owner.getResourceCode().equals(in.resourceCode());
            boolean takes;
            if (owner == null || sameSource || held == null) {
                // Unclaimed (bulk-loaded or new), the source's own value, or a gap: nothing to disagree with.
                takes = true;
            } else if (arrived == null || arrived.equals(held)) {
                // The other source has no value, or agrees.
                takes = false;
            } else {
                takes = priority(in.resourceCode(), field) >= priority(owner.getResourceCode(), field);
                conflicts.record(
                        in.key(),
                        field,
                        new SourcedValue(held, owner.getResourceCode(), owner.getSourceDept()),
                        new SourcedValue(arrived, in.resourceCode(), in.sourceDept()),
                        takes);
            }
            if (!takes) {
                continue;
            }
            boolean differs = !Objects.equals(held, arrived);
            if (differs) {
                changes.put(field, arrived);
            }
            if (differs || !sameSource) {
                FieldProvenance claim = fieldProvenance(in, field, now);
                owners.put(field.code(), claim);
                poll.newProvenance.put(in.key() + '\n' + field.code(), claim);
                provenanceChanged = true;
            }
        }

        table.beforeWrite().changing(in.key(), current, changes);
        if (current == null) {
            R row = table.newRow().apply(in.key());
            stamp(row, in, changes, now);
            poll.rows.put(in.key(), row);
            poll.changedRows.put(in.key(), row);
            return IngestOutcome.INGESTED;
        }
        if (!changes.isEmpty()) {
            stamp(current, in, changes, now);
            poll.changedRows.put(in.key(), current);
        }
        return changes.isEmpty() && !provenanceChanged ? IngestOutcome.UNCHANGED : IngestOutcome.INGESTED;
    }

    /** A source that is no longer configured ranks below every configured one. */
    private int priority(String resourceCode, F field) {
        return properties
                .source(resourceCode)
                .map(source -> source.priority(field))
                .orElse(Integer.MIN_VALUE);
    }

    private static <R extends SourcedRow, F extends RecordField<R>> void stamp(
            R row, IncomingRecord<F> in, Map<F, String> changes, LocalDateTime now) {
        changes.forEach((field, value) -> field.write(row, value));
        row.stamp(in.version(), in.sourceDept(), now);
    }

    private static SourceVersion sourceVersion(IncomingRecord<?> in, LocalDateTime now) {
        var version = new SourceVersion();
        version.setRecordKey(in.key());
        version.setResourceCode(in.resourceCode());
        version.setVersion(in.version());
        version.setOp(in.op().name());
        version.setBatchId(in.batchId());
        version.setReceivedAt(now);
        return version;
    }

    private static FieldProvenance fieldProvenance(IncomingRecord<?> in, RecordField<?> field, LocalDateTime now) {
        var row = new FieldProvenance();
        row.setRecordKey(in.key());
        row.setField(field.code());
        row.setResourceCode(in.resourceCode());
        row.stamp(in.version(), in.sourceDept(), now);
        return row;
    }

    /**
     * What one poll has read and what it will write. {@code rows} and {@code owners} follow each applied
     * record; the {@code changed}/{@code new} maps hold the last state per row, version and provenance key.
     */
    private record Poll<R>(
            Map<String, Map<String, Long>> versions,
            Map<String, R> rows,
            Map<String, Map<String, FieldProvenance>> owners,
            Map<String, R> changedRows,
            Map<String, SourceVersion> newVersions,
            Map<String, FieldProvenance> newProvenance) {}
}
