package org.govexchange.basicdb.ingest;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.util.Map;
import java.util.function.Function;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.basicdb.field.SourcedRow;

/**
 * The main table of a basic database as ingestion writes it.
 *
 * @param mapper the service's mapper of the row type (rows are read with it, locked, by key; written whole)
 * @param keyField the key field (its column identifies the row in updates)
 * @param newRow a row for a key seen for the first time: the key, what it encodes, the default status
 * @param beforeWrite told of each applied record's changes, in order, in the transaction that writes the row
 *     (e.g. to keep a search index in step); {@code current} is the row as the poll's earlier records left it,
 *     null for a new row
 */
public record RecordTable<R extends SourcedRow, F extends RecordField<R>>(
        BaseMapper<R> mapper, F keyField, Function<String, R> newRow, ChangeListener<R, F> beforeWrite) {

    public RecordTable(BaseMapper<R> mapper, F keyField, Function<String, R> newRow) {
        this(mapper, keyField, newRow, (key, current, changes) -> {});
    }

    @FunctionalInterface
    public interface ChangeListener<R, F> {
        void changing(String key, R current, Map<F, String> changes);
    }
}
