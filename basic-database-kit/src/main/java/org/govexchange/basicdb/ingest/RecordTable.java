package org.govexchange.basicdb.ingest;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Map;
import java.util.function.Function;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.field.SourcedRow;

/**
 * The main table of a basic database as ingestion writes it.
 *
 * @param mapper the service's mapper of the row type
 * @param lock reads a row by key and locks it until the transaction ends; null when absent
 * @param keyField the key field (its column identifies the row in updates)
 * @param newRow a row for a key seen for the first time: the key, what it encodes, the default status
 * @param beforeWrite told of every change just before the row is inserted or updated, in the same
 *     transaction (e.g. to keep a search index in step); {@code current} is null for a new row
 */
public record RecordTable<R extends SourcedRow, F extends RecordField<R>>(
        BaseMapper<R> mapper,
        Function<String, R> lock,
        F keyField,
        Function<String, R> newRow,
        ChangeListener<R, F> beforeWrite) {

    public RecordTable(BaseMapper<R> mapper, Function<String, R> lock, F keyField, Function<String, R> newRow) {
        this(mapper, lock, keyField, newRow, (key, current, changes) -> {});
    }

    @FunctionalInterface
    public interface ChangeListener<R, F> {
        void changing(String key, R current, Map<F, String> changes);
    }
}
