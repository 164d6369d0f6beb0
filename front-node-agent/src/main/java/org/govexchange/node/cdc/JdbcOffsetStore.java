package org.govexchange.node.cdc;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.OffsetBackingStore;
import org.apache.kafka.connect.util.Callback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Debezium's offsets in the node's store ({@code node_cdc_offset}). The engine writes them synchronously after a
 * batch was handed over, and {@link CdcWriter} hands a batch over only once its outbox rows committed: the offsets
 * never run ahead of the outbox (a crash replays, it never skips).
 */
public class JdbcOffsetStore implements OffsetBackingStore {

    private JdbcTemplate store;

    @Override
    public void configure(WorkerConfig config) {
        store = CdcStores.of(String.valueOf(config.originals().get("name")));
    }

    @Override
    public void start() {}

    @Override
    public void stop() {}

    @Override
    public Future<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys) {
        Map<ByteBuffer, ByteBuffer> found = new HashMap<>();
        for (ByteBuffer key : keys) {
            byte[] bytes = bytes(key);
            store.query(
                    "SELECT offset_value FROM node_cdc_offset WHERE offset_key = ?",
                    rs -> {
                        byte[] value = rs.getBytes(1);
                        found.put(key, value == null ? null : ByteBuffer.wrap(value));
                    },
                    (Object) bytes);
        }
        return CompletableFuture.completedFuture(found);
    }

    @Override
    public Future<Void> set(Map<ByteBuffer, ByteBuffer> values, Callback<Void> callback) {
        try {
            Timestamp now = Timestamp.from(Instant.now());
            for (Map.Entry<ByteBuffer, ByteBuffer> entry : values.entrySet()) {
                store.update(
                        "INSERT INTO node_cdc_offset (offset_key, offset_value, updated_at) VALUES (?, ?, ?)"
                                + " ON DUPLICATE KEY UPDATE offset_value = VALUES(offset_value),"
                                + " updated_at = VALUES(updated_at)",
                        bytes(entry.getKey()),
                        entry.getValue() == null ? null : bytes(entry.getValue()),
                        now);
            }
        } catch (RuntimeException e) {
            if (callback != null) {
                callback.onCompletion(e, null);
            }
            return CompletableFuture.failedFuture(e);
        }
        if (callback != null) {
            callback.onCompletion(null, null);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        // Only Kafka Connect's REST API asks this; the embedded engine does not.
        return Set.of();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
