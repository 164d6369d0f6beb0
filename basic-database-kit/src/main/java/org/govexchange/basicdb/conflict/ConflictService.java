package org.govexchange.basicdb.conflict;

import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.request.Paging;
import org.govexchange.basicdb.schema.BasicTables;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** 多源校核 records: written while a record is reconciled, read by platform administrators. */
public class ConflictService {

    public static final int MAX_PAGE_SIZE = 100;

    /** Deeper pages are refused (400 PAGE_OUT_OF_RANGE): filter by field instead of paging that far. */
    public static final long MAX_OFFSET = 100_000;

    private final FieldConflictMapper conflicts;
    private final BasicTables tables;
    private final FieldSet<?> fields;
    private final String database;

    /**
     * @param database how the API names this database in messages, e.g. {@code population}
     */
    public ConflictService(FieldConflictMapper conflicts, BasicTables tables, FieldSet<?> fields, String database) {
        this.conflicts = conflicts;
        this.tables = tables;
        this.fields = fields;
        this.database = database;
    }

    /**
     * Stores a disagreement in the reconciling transaction, so it exists exactly when the outcome does. The
     * same disagreement as the last one on this field (same values, same sources) is not stored again: a
     * losing source repeats its value with every update of any other field.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String key, RecordField<?> field, SourcedValue held, SourcedValue arrived, boolean arrivedWins) {
        FieldConflict last = conflicts.last(tables, key, field.code());
        if (last != null
                && held.equals(new SourcedValue(last.getValueA(), last.getSourceA(), last.getDeptA()))
                && arrived.equals(new SourcedValue(last.getValueB(), last.getSourceB(), last.getDeptB()))) {
            return;
        }
        var conflict = new FieldConflict();
        conflict.setRecordKey(key);
        conflict.setField(field.code());
        conflict.setValueA(held.value());
        conflict.setSourceA(held.resourceCode());
        conflict.setDeptA(held.sourceDept());
        conflict.setValueB(arrived.value());
        conflict.setSourceB(arrived.resourceCode());
        conflict.setDeptB(arrived.sourceDept());
        conflict.setWinner(arrivedWins ? "B" : "A");
        conflict.setDetectedAt(LocalDateTime.now(ZoneOffset.UTC));
        conflicts.insert(tables, conflict);
    }

    /** Newest first, optionally for one field; pages count from 1. */
    public ConflictPage page(String field, long page, long size) {
        boolean oneField = field != null && !field.isBlank();
        if (oneField && fields.byCode(field).isEmpty()) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED,
                    "Unknown field '" + field + "'; use a " + database + " field code.");
        }
        Paging.offset(page, size, MAX_PAGE_SIZE, MAX_OFFSET);
        IPage<FieldConflict> result = conflicts.page(new Page<>(page, size), tables, oneField ? field : null);
        return new ConflictPage(
                page,
                size,
                result.getTotal(),
                result.getRecords().stream().map(ConflictService::view).toList());
    }

    private static ConflictView view(FieldConflict c) {
        return new ConflictView(
                c.getId(),
                c.getRecordKey(),
                c.getField(),
                new SourcedValue(c.getValueA(), c.getSourceA(), c.getDeptA()),
                new SourcedValue(c.getValueB(), c.getSourceB(), c.getDeptB()),
                c.getWinner(),
                c.getDetectedAt().toInstant(ZoneOffset.UTC));
    }
}
