package org.govexchange.legalentity.ingest;

import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.legalentity.conflict.ConflictService;
import org.govexchange.legalentity.conflict.SourcedValue;
import org.govexchange.legalentity.entity.EntityField;
import org.govexchange.legalentity.entity.EntityStatus;
import org.govexchange.legalentity.entity.LegalEntity;
import org.govexchange.legalentity.entity.LegalEntityMapper;
import org.govexchange.legalentity.entity.NameIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one validated source record in one transaction: version ordering per source, then 多源校核
 * field by field. When two sources disagree on a field, the one with the higher priority for that field
 * keeps it (equal priority: the later record), and the disagreement is stored for the conflicts API. The
 * name's search shingles change with the name, in the same transaction.
 */
@Service
class EntityIngestService {

    private final LegalEntityMapper entities;
    private final SourceVersionMapper versions;
    private final FieldProvenanceMapper provenance;
    private final ConflictService conflicts;
    private final NameIndex nameIndex;
    private final IngestProperties properties;

    EntityIngestService(
            LegalEntityMapper entities,
            SourceVersionMapper versions,
            FieldProvenanceMapper provenance,
            ConflictService conflicts,
            NameIndex nameIndex,
            IngestProperties properties) {
        this.entities = entities;
        this.versions = versions;
        this.provenance = provenance;
        this.conflicts = conflicts;
        this.nameIndex = nameIndex;
        this.properties = properties;
    }

    @Transactional
    public IngestOutcome apply(IncomingEntity in) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        SourceVersion seen = versions.lock(in.creditCode(), in.resourceCode());
        if (seen != null && seen.getVersion() >= in.version()) {
            return IngestOutcome.IGNORED_OLDER;
        }
        versions.upsert(sourceVersion(in, now));

        LegalEntity current = entities.lockById(in.creditCode());
        if (current == null && in.op() == RecordOp.DELETE) {
            // Nothing to cancel; the version is kept so an older upsert arriving late stays ignored.
            return IngestOutcome.UNCHANGED;
        }
        Map<String, FieldProvenance> owners = current == null
                ? Map.of()
                : provenance.findByCreditCode(in.creditCode()).stream()
                        .collect(Collectors.toMap(FieldProvenance::getField, Function.identity()));

        Map<EntityField, String> changes = new EnumMap<>(EntityField.class);
        boolean provenanceChanged = false;
        for (Map.Entry<EntityField, String> entry : in.values().entrySet()) {
            EntityField field = entry.getKey();
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
                        in.creditCode(),
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
                provenance.upsert(fieldProvenance(in, field, now));
                provenanceChanged = true;
            }
        }

        if (changes.containsKey(EntityField.NAME)) {
            nameIndex.rename(in.creditCode(), EntityField.NAME.read(current), changes.get(EntityField.NAME));
        }
        if (current == null) {
            entities.insert(newEntity(in, changes, now));
            return IngestOutcome.INGESTED;
        }
        if (!changes.isEmpty()) {
            var update = new UpdateWrapper<LegalEntity>().eq(EntityField.CREDIT_CODE.column(), in.creditCode());
            changes.forEach((field, value) -> update.set(field.column(), value));
            update.set("version", in.version())
                    .set("source_dept", in.sourceDept())
                    .set("updated_at", now);
            entities.update(null, update);
        }
        return changes.isEmpty() && !provenanceChanged ? IngestOutcome.UNCHANGED : IngestOutcome.INGESTED;
    }

    /** A source that is no longer configured ranks below every configured one. */
    private int priority(String resourceCode, EntityField field) {
        return properties
                .source(resourceCode)
                .map(source -> source.priority(field))
                .orElse(Integer.MIN_VALUE);
    }

    private static LegalEntity newEntity(IncomingEntity in, Map<EntityField, String> values, LocalDateTime now) {
        var entity = new LegalEntity();
        entity.setCreditCode(in.creditCode());
        entity.setStatus(EntityStatus.OPERATING.name());
        values.forEach((field, value) -> field.write(entity, value));
        entity.setVersion(in.version());
        entity.setSourceDept(in.sourceDept());
        entity.setUpdatedAt(now);
        return entity;
    }

    private static SourceVersion sourceVersion(IncomingEntity in, LocalDateTime now) {
        var version = new SourceVersion();
        version.setCreditCode(in.creditCode());
        version.setResourceCode(in.resourceCode());
        version.setVersion(in.version());
        version.setOp(in.op().name());
        version.setBatchId(in.batchId());
        version.setReceivedAt(now);
        return version;
    }

    private static FieldProvenance fieldProvenance(IncomingEntity in, EntityField field, LocalDateTime now) {
        var row = new FieldProvenance();
        row.setCreditCode(in.creditCode());
        row.setField(field.code());
        row.setResourceCode(in.resourceCode());
        row.setSourceDept(in.sourceDept());
        row.setVersion(in.version());
        row.setUpdatedAt(now);
        return row;
    }
}
