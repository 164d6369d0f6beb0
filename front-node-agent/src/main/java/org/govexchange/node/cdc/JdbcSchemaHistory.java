package org.govexchange.node.cdc;

import io.debezium.config.Configuration;
import io.debezium.document.DocumentReader;
import io.debezium.document.DocumentWriter;
import io.debezium.relational.history.AbstractSchemaHistory;
import io.debezium.relational.history.HistoryRecord;
import io.debezium.relational.history.HistoryRecordComparator;
import io.debezium.relational.history.SchemaHistoryException;
import io.debezium.relational.history.SchemaHistoryListener;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Debezium's schema history in the node's store ({@code node_cdc_schema_history}): the captured tables' DDL as
 * Debezium recorded it, replayed in order when the capture starts.
 */
public class JdbcSchemaHistory extends AbstractSchemaHistory {

    /** The engine whose history this is (set by {@link CdcEngineConfig}). */
    static final String ENGINE = CONFIGURATION_FIELD_PREFIX_STRING + "gx.engine";

    private final DocumentWriter writer = DocumentWriter.defaultWriter();
    private final DocumentReader reader = DocumentReader.defaultReader();
    private JdbcTemplate store;
    private String engine;

    @Override
    public void configure(
            Configuration config,
            HistoryRecordComparator comparator,
            SchemaHistoryListener listener,
            boolean useCatalogBeforeSchema) {
        super.configure(config, comparator, listener, useCatalogBeforeSchema);
        engine = config.getString(ENGINE);
        store = CdcStores.of(engine);
    }

    @Override
    protected void storeRecord(HistoryRecord record) {
        try {
            store.update(
                    "INSERT INTO node_cdc_schema_history (engine, document, created_at) VALUES (?, ?, ?)",
                    engine,
                    writer.write(record.document()),
                    Timestamp.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            throw new SchemaHistoryException("cannot store the schema history in the node's store", e);
        }
    }

    @Override
    protected void recoverRecords(Consumer<HistoryRecord> records) {
        store.query(
                "SELECT document FROM node_cdc_schema_history WHERE engine = ? ORDER BY id",
                rs -> {
                    try {
                        records.accept(new HistoryRecord(reader.read(rs.getString(1))));
                    } catch (IOException e) {
                        throw new SchemaHistoryException("unreadable schema history entry", e);
                    }
                },
                engine);
    }

    @Override
    public boolean storageExists() {
        return true;
    }

    @Override
    public boolean exists() {
        Long rows = store.queryForObject(
                "SELECT COUNT(*) FROM node_cdc_schema_history WHERE engine = ?", Long.class, engine);
        return rows != null && rows > 0;
    }

    @Override
    public String toString() {
        return "node store";
    }
}
