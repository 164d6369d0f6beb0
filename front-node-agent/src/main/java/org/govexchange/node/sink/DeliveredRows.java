package org.govexchange.node.sink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code node_delivered_row}: per subscribed key, the version the sink last wrote and the {@link RowHash} of the
 * row as written (null once deleted). Written in the store transaction that records the batch; like the target
 * table, it never goes back to an older version.
 */
@Component
public class DeliveredRows {

    /** One key as delivered: its version and row hash, or a null hash when the key was deleted. */
    public record Delivered(String key, long version, byte[] rowHash) {

        public boolean live() {
            return rowHash != null;
        }
    }

    private static final int CHUNK = 500;

    private final JdbcTemplate store;

    DeliveredRows(JdbcTemplate store) {
        this.store = store;
    }

    void record(String resourceCode, List<Delivered> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // Same version too: a repair rewrites the row a hand changed at the version it already had.
        store.batchUpdate(
                "INSERT INTO node_delivered_row (resource_code, record_key, version, row_hash) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE row_hash = IF(VALUES(version) >= version, VALUES(row_hash),"
                        + " row_hash), version = GREATEST(version, VALUES(version))",
                rows,
                CHUNK,
                (statement, row) -> {
                    statement.setString(1, resourceCode);
                    statement.setString(2, row.key());
                    statement.setLong(3, row.version());
                    statement.setBytes(4, row.rowHash());
                });
    }

    /** Every delivered key of the resource. */
    public Map<String, Delivered> all(String resourceCode) {
        Map<String, Delivered> all = new HashMap<>();
        store.query(
                "SELECT record_key, version, row_hash FROM node_delivered_row WHERE resource_code = ?",
                rs -> {
                    all.put(rs.getString(1), new Delivered(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
                },
                resourceCode);
        return all;
    }

    /** Keys removed from the target by reconciliation (the hub holds none of them): delivered as deleted. */
    public void forget(String resourceCode, List<String> keys) {
        store.batchUpdate(
                "UPDATE node_delivered_row SET row_hash = NULL WHERE resource_code = ? AND record_key = ?",
                keys,
                CHUNK,
                (statement, key) -> {
                    statement.setString(1, resourceCode);
                    statement.setString(2, key);
                });
    }
}
