package org.govexchange.basicdb.ingest;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.metadata.TableFieldInfo;
import com.baomidou.mybatisplus.core.metadata.TableInfo;
import com.baomidou.mybatisplus.core.metadata.TableInfoHelper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.basicdb.field.SourcedRow;
import org.govexchange.basicdb.schema.BasicTables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reads and writes of one poll's reconciliation, batched: one {@code SELECT … IN (…)} per chunk of keys and
 * one JDBC batch per table (Connector/J's {@code rewriteBatchedStatements} sends it as a multi-row
 * {@code INSERT … ON DUPLICATE KEY UPDATE}). Keys are read in sorted order, so two transactions lock rows in the
 * same order.
 */
public class IngestStore {

    /** Keys per {@code IN (…)}; lists are padded to a power of two so few statement shapes reach the cache. */
    static final int CHUNK = 512;

    private final JdbcTemplate jdbc;
    private final BasicTables tables;

    public IngestStore(JdbcTemplate jdbc, BasicTables tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    /** Key → resource code → newest version applied, locked until the transaction ends. */
    public Map<String, Map<String, Long>> lockVersions(List<String> sortedKeys) {
        Map<String, Map<String, Long>> versions = new HashMap<>();
        for (List<String> chunk : chunks(sortedKeys)) {
            jdbc.query(
                    "SELECT " + tables.getKeyColumn() + ", resource_code, version FROM " + tables.getSourceVersions()
                            + " WHERE " + tables.getKeyColumn() + " IN (" + placeholders(chunk.size()) + ") FOR UPDATE",
                    rs -> {
                        versions.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getLong(3));
                    },
                    chunk.toArray());
        }
        return versions;
    }

    /** The rows of these keys, by key, locked until the transaction ends; absent keys have none. */
    public <R extends SourcedRow> Map<String, R> lockRows(RecordTable<R, ?> table, List<String> sortedKeys) {
        Map<String, R> rows = new HashMap<>();
        for (List<String> chunk : chunks(sortedKeys)) {
            for (R row : table.mapper()
                    .selectList(new QueryWrapper<R>()
                            .in(table.keyField().column(), chunk)
                            .last("FOR UPDATE"))) {
                rows.put(table.keyField().read(row), row);
            }
        }
        return rows;
    }

    /** Key → field code → which source set it. */
    public Map<String, Map<String, FieldProvenance>> provenance(List<String> sortedKeys) {
        Map<String, Map<String, FieldProvenance>> owners = new HashMap<>();
        for (List<String> chunk : chunks(sortedKeys)) {
            jdbc.query(
                    "SELECT " + tables.getKeyColumn() + ", field, resource_code, source_dept, version FROM "
                            + tables.getFieldProvenance() + " WHERE " + tables.getKeyColumn() + " IN ("
                            + placeholders(chunk.size()) + ")",
                    rs -> {
                        var owner = new FieldProvenance();
                        owner.setRecordKey(rs.getString(1));
                        owner.setField(rs.getString(2));
                        owner.setResourceCode(rs.getString(3));
                        owner.setSourceDept(rs.getString(4));
                        owner.setVersion(rs.getLong(5));
                        owners.computeIfAbsent(owner.getRecordKey(), k -> new HashMap<>())
                                .put(owner.getField(), owner);
                    },
                    chunk.toArray());
        }
        return owners;
    }

    // VALUES() rather than the MySQL 8.0.19+ row alias: MariaDB knows only VALUES().
    public void upsertVersions(Collection<SourceVersion> versions) {
        if (versions.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO " + tables.getSourceVersions() + " (" + tables.getKeyColumn()
                        + ", resource_code, version, op, batch_id, received_at) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE version = VALUES(version), op = VALUES(op),"
                        + " batch_id = VALUES(batch_id), received_at = VALUES(received_at)",
                versions.stream()
                        .map(v -> new Object[] {
                            v.getRecordKey(),
                            v.getResourceCode(),
                            v.getVersion(),
                            v.getOp(),
                            v.getBatchId(),
                            v.getReceivedAt()
                        })
                        .toList());
    }

    public void upsertProvenance(Collection<FieldProvenance> provenance) {
        if (provenance.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO " + tables.getFieldProvenance() + " (" + tables.getKeyColumn()
                        + ", field, resource_code, source_dept, version, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE resource_code = VALUES(resource_code),"
                        + " source_dept = VALUES(source_dept), version = VALUES(version), updated_at = VALUES(updated_at)",
                provenance.stream()
                        .map(p -> new Object[] {
                            p.getRecordKey(),
                            p.getField(),
                            p.getResourceCode(),
                            p.getSourceDept(),
                            p.getVersion(),
                            p.getUpdatedAt()
                        })
                        .toList());
    }

    /**
     * Writes whole rows (every mapped column, as MyBatis-Plus maps the row type): new ones are inserted, the
     * others were read under lock in this transaction and changed in memory, so writing them whole writes
     * exactly their changes.
     */
    public <R> void upsertRows(Collection<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        TableInfo info = TableInfoHelper.getTableInfo(rows.iterator().next().getClass());
        List<String> columns = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        columns.add(info.getKeyColumn());
        properties.add(info.getKeyProperty());
        for (TableFieldInfo field : info.getFieldList()) {
            columns.add(field.getColumn());
            properties.add(field.getProperty());
        }
        String updates = String.join(
                ", ",
                columns.subList(1, columns.size()).stream()
                        .map(c -> c + " = VALUES(" + c + ")")
                        .toList());
        String sql = "INSERT INTO " + info.getTableName() + " (" + String.join(", ", columns) + ") VALUES ("
                + placeholders(columns.size()) + ") ON DUPLICATE KEY UPDATE " + updates;
        jdbc.batchUpdate(
                sql,
                rows.stream()
                        .map(row -> properties.stream()
                                .map(property -> info.getPropertyValue(row, property))
                                .toArray())
                        .toList());
    }

    /** Chunks of at most {@link #CHUNK} keys, each padded with its last key to a power of two. */
    static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
            int padded = Integer.highestOneBit(chunk.size() - 1) << 1;
            while (chunk.size() < Math.max(1, padded)) {
                chunk.add(chunk.get(chunk.size() - 1));
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
