package org.govexchange.population.ingest;

import com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.identifier.ResidentIdNumbers;
import org.govexchange.population.conflict.ConflictService;
import org.govexchange.population.conflict.SourcedValue;
import org.govexchange.population.person.Person;
import org.govexchange.population.person.PersonField;
import org.govexchange.population.person.PersonMapper;
import org.govexchange.population.person.PersonStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one validated source record in one transaction: version ordering per source, then 多源校核
 * field by field. When two sources disagree on a field, the one with the higher priority for that field
 * keeps it (equal priority: the later record), and the disagreement is stored for the conflicts API.
 */
@Service
class PersonIngestService {

    private final PersonMapper persons;
    private final SourceVersionMapper versions;
    private final FieldProvenanceMapper provenance;
    private final ConflictService conflicts;
    private final IngestProperties properties;

    PersonIngestService(
            PersonMapper persons,
            SourceVersionMapper versions,
            FieldProvenanceMapper provenance,
            ConflictService conflicts,
            IngestProperties properties) {
        this.persons = persons;
        this.versions = versions;
        this.provenance = provenance;
        this.conflicts = conflicts;
        this.properties = properties;
    }

    @Transactional
    public IngestOutcome apply(IncomingPerson in) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        SourceVersion seen = versions.lock(in.idNumber(), in.resourceCode());
        if (seen != null && seen.getVersion() >= in.version()) {
            return IngestOutcome.IGNORED_OLDER;
        }
        versions.upsert(sourceVersion(in, now));

        Person current = persons.lockById(in.idNumber());
        if (current == null && in.op() == RecordOp.DELETE) {
            // Nothing to cancel; the version is kept so an older upsert arriving late stays ignored.
            return IngestOutcome.UNCHANGED;
        }
        Map<String, FieldProvenance> owners = current == null
                ? Map.of()
                : provenance.findByIdNumber(in.idNumber()).stream()
                        .collect(Collectors.toMap(FieldProvenance::getField, Function.identity()));

        Map<PersonField, String> changes = new EnumMap<>(PersonField.class);
        boolean provenanceChanged = false;
        for (Map.Entry<PersonField, String> entry : in.values().entrySet()) {
            PersonField field = entry.getKey();
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
                        in.idNumber(),
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

        if (current == null) {
            persons.insert(newPerson(in, changes, now));
            return IngestOutcome.INGESTED;
        }
        if (!changes.isEmpty()) {
            var update = new UpdateWrapper<Person>().eq(PersonField.ID_NUMBER.column(), in.idNumber());
            changes.forEach((field, value) -> update.set(field.column(), value));
            update.set("version", in.version())
                    .set("source_dept", in.sourceDept())
                    .set("updated_at", now);
            persons.update(null, update);
        }
        return changes.isEmpty() && !provenanceChanged ? IngestOutcome.UNCHANGED : IngestOutcome.INGESTED;
    }

    /** A source that is no longer configured ranks below every configured one. */
    private int priority(String resourceCode, PersonField field) {
        return properties
                .source(resourceCode)
                .map(source -> source.priority(field))
                .orElse(Integer.MIN_VALUE);
    }

    private static Person newPerson(IncomingPerson in, Map<PersonField, String> values, LocalDateTime now) {
        var person = new Person();
        person.setIdNumber(in.idNumber());
        person.setGender(ResidentIdNumbers.genderCode(in.idNumber()));
        person.setBirthDate(ResidentIdNumbers.birthDate(in.idNumber()));
        person.setStatus(PersonStatus.ALIVE.name());
        values.forEach((field, value) -> field.write(person, value));
        person.setVersion(in.version());
        person.setSourceDept(in.sourceDept());
        person.setUpdatedAt(now);
        return person;
    }

    private static SourceVersion sourceVersion(IncomingPerson in, LocalDateTime now) {
        var version = new SourceVersion();
        version.setIdNumber(in.idNumber());
        version.setResourceCode(in.resourceCode());
        version.setVersion(in.version());
        version.setOp(in.op().name());
        version.setBatchId(in.batchId());
        version.setReceivedAt(now);
        return version;
    }

    private static FieldProvenance fieldProvenance(IncomingPerson in, PersonField field, LocalDateTime now) {
        var row = new FieldProvenance();
        row.setIdNumber(in.idNumber());
        row.setField(field.code());
        row.setResourceCode(in.resourceCode());
        row.setSourceDept(in.sourceDept());
        row.setVersion(in.version());
        row.setUpdatedAt(now);
        return row;
    }
}
