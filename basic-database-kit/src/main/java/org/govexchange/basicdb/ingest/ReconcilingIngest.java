package org.govexchange.basicdb.ingest;

import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govexchange.basicdb.conflict.ConflictService;
import org.govexchange.basicdb.conflict.SourcedValue;
import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.field.SourcedRow;
import org.govexchange.basicdb.schema.BasicTables;
import org.govexchange.contracts.exchange.RecordOp;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one validated source record in one transaction: version ordering per source, then 多源校核
 * field by field. When two sources disagree on a field, the one with the higher priority for that field
 * keeps it (equal priority: the later record), and the disagreement is stored for the conflicts API.
 */
public class ReconcilingIngest<R extends SourcedRow, F extends Enum<F> & RecordField<R>> {

    private final RecordTable<R, F> table;
    private final FieldSet<F> fields;
    private final BasicTables tables;
    private final SourceVersionMapper versions;
    private final FieldProvenanceMapper provenance;
    private final ConflictService conflicts;
    private final IngestProperties properties;

    public ReconcilingIngest(
            RecordTable<R, F> table,
            FieldSet<F> fields,
            BasicTables tables,
            SourceVersionMapper versions,
            FieldProvenanceMapper provenance,
            ConflictService conflicts,
            IngestProperties properties) {
        this.table = table;
        this.fields = fields;
        this.tables = tables;
        this.versions = versions;
        this.provenance = provenance;
        this.conflicts = conflicts;
        this.properties = properties;
    }

    @Transactional
    public IngestOutcome apply(IncomingRecord<F> in) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        SourceVersion seen = versions.lock(tables, in.key(), in.resourceCode());
        if (seen != null && seen.getVersion() >= in.version()) {
            return IngestOutcome.IGNORED_OLDER;
        }
        versions.upsert(tables, sourceVersion(in, now));

        R current = table.lock().apply(in.key());
        if (current == null && in.op() == RecordOp.DELETE) {
            // Nothing to cancel; the version is kept so an older upsert arriving late stays ignored.
            return IngestOutcome.UNCHANGED;
        }
        Map<String, FieldProvenance> owners = current == null
                ? Map.of()
                : provenance.findByKey(tables, in.key()).stream()
                        .collect(Collectors.toMap(FieldProvenance::getField, Function.identity()));

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
                provenance.upsert(tables, fieldProvenance(in, field, now));
                provenanceChanged = true;
            }
        }

        table.beforeWrite().changing(in.key(), current, changes);
        if (current == null) {
            table.mapper().insert(newRow(in, changes, now));
            return IngestOutcome.INGESTED;
        }
        if (!changes.isEmpty()) {
            var update = new UpdateWrapper<R>().eq(table.keyField().column(), in.key());
            changes.forEach((field, value) -> update.set(field.column(), value));
            update.set("version", in.version())
                    .set("source_dept", in.sourceDept())
                    .set("updated_at", now);
            table.mapper().update(null, update);
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

    private R newRow(IncomingRecord<F> in, Map<F, String> values, LocalDateTime now) {
        R row = table.newRow().apply(in.key());
        values.forEach((field, value) -> field.write(row, value));
        row.setVersion(in.version());
        row.setSourceDept(in.sourceDept());
        row.setUpdatedAt(now);
        return row;
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
        row.setSourceDept(in.sourceDept());
        row.setVersion(in.version());
        row.setUpdatedAt(now);
        return row;
    }
}
