package org.govexchange.node.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.node.outbox.OutboxEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the node last sent per key of a published table ({@code node_source_hash}): the content hash, version and
 * whether it was a delete. Watermark extraction sends a row read again only when its content differs, and then with
 * a version above the key's last one, so the re-scan re-sends nothing unchanged and a second update that kept its
 * timestamp still gets a version the hub and sinks accept. CDC mode records what it appends; source reconciliation
 * compares the table and the hub with it.
 */
@Component
public class ContentHashes {

    private static final int IN_CHUNK = 1000;

    private record Known(byte[] hash, long version) {}

    /** What was last sent for a key. */
    public record Sent(byte[] hash, long version, boolean deleted) {}

    private final JdbcTemplate store;

    ContentHashes(JdbcTemplate store) {
        this.store = store;
    }

    /**
     * In the caller's store transaction: the records whose content differs from what was last sent for their key,
     * each with version max(last version + 1, its own), remembered as sent. Records of one key in {@code read} are
     * taken in order.
     */
    List<OutboxEntry> changed(String resourceCode, List<OutboxEntry> read, LocalDateTime now) {
        return stamped(resourceCode, read, now, true);
    }

    /**
     * In the caller's store transaction: all {@code entries}, unchanged content too, each with version max(last
     * version + 1, its own), remembered as sent. What a reconciliation's repair sends again.
     */
    public List<OutboxEntry> resent(String resourceCode, List<OutboxEntry> entries, LocalDateTime now) {
        return stamped(resourceCode, entries, now, false);
    }

    /** In the caller's store transaction (CDC mode): remembers what was appended, as it was versioned. */
    public void appended(String resourceCode, List<OutboxEntry> entries, LocalDateTime now) {
        remember(
                resourceCode, entries, entries.stream().map(ContentHashes::hash).toList(), now);
    }

    /** Everything sent for the resource's keys. */
    public Map<String, Sent> sent(String resourceCode) {
        Map<String, Sent> sent = new HashMap<>();
        store.query(
                "SELECT record_key, content_hash, version, deleted FROM node_source_hash WHERE resource_code = ?",
                row -> {
                    sent.put(row.getString(1), new Sent(row.getBytes(2), row.getLong(3), row.getBoolean(4)));
                },
                resourceCode);
        return sent;
    }

    private List<OutboxEntry> stamped(
            String resourceCode, List<OutboxEntry> read, LocalDateTime now, boolean onlyChanged) {
        if (read.isEmpty()) {
            return List.of();
        }
        Map<String, Known> known =
                known(resourceCode, read.stream().map(OutboxEntry::key).toList());
        List<OutboxEntry> changed = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (OutboxEntry entry : read) {
            byte[] hash = hash(entry);
            Known previous = known.get(entry.key());
            if (onlyChanged && previous != null && Arrays.equals(previous.hash(), hash)) {
                continue;
            }
            // Monotonic per key: a same-timestamp (or backdated) change still goes above what was sent.
            long version = previous == null ? entry.version() : Math.max(previous.version() + 1, entry.version());
            OutboxEntry stamped = new OutboxEntry(entry.resourceCode(), entry.key(), entry.op(), version, entry.data());
            changed.add(stamped);
            hashes.add(hash);
            known.put(entry.key(), new Known(hash, version));
        }
        remember(resourceCode, changed, hashes, now);
        return changed;
    }

    private Map<String, Known> known(String resourceCode, List<String> keys) {
        Map<String, Known> known = new HashMap<>();
        List<String> distinct = keys.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + IN_CHUNK));
            List<Object> parameters = new ArrayList<>(chunk.size() + 1);
            parameters.add(resourceCode);
            parameters.addAll(chunk);
            store.query(
                    "SELECT record_key, content_hash, version FROM node_source_hash WHERE resource_code = ?"
                            + " AND record_key IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                            + ")",
                    row -> {
                        known.put(row.getString(1), new Known(row.getBytes(2), row.getLong(3)));
                    },
                    parameters.toArray());
        }
        return known;
    }

    private void remember(String resourceCode, List<OutboxEntry> sent, List<byte[]> hashes, LocalDateTime now) {
        if (sent.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.valueOf(now);
        List<Integer> rows = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            rows.add(i);
        }
        store.batchUpdate(
                "INSERT INTO node_source_hash (resource_code, record_key, content_hash, version, deleted,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE content_hash ="
                        + " VALUES(content_hash), version = VALUES(version), deleted = VALUES(deleted),"
                        + " updated_at = VALUES(updated_at)",
                rows,
                IN_CHUNK,
                (statement, i) -> {
                    statement.setString(1, resourceCode);
                    statement.setString(2, sent.get(i).key());
                    statement.setBytes(3, hashes.get(i));
                    statement.setLong(4, sent.get(i).version());
                    statement.setBoolean(5, sent.get(i).op() == RecordOp.DELETE);
                    statement.setTimestamp(6, at);
                });
    }

    /** SHA-256 of the op and the data as the outbox stores it: everything the record carries but its version. */
    public static byte[] hash(OutboxEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(entry.op().name().getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(ExchangeJson.encode(entry.data()));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
