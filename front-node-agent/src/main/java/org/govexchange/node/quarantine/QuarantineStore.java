package org.govexchange.node.quarantine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code node_quarantine} in the store database, and the outbox lookups the follow-up needs. */
@Component
class QuarantineStore {

    static final String ACCEPTED = "ACCEPTED";
    static final String SUPERSEDED = "SUPERSEDED";

    /** An open entry waiting to be matched with a later batch, or for the hub's verdict on it. */
    record Open(long id, String batchId, String resourceCode, String recordKey, Long version, long scannedTo) {}

    /** An outbox row that carries a key again. */
    record Hit(long id, String recordKey, long version) {}

    private static final String COLUMNS = "id, batch_id, resource_code, record_key, version, field, rule, reason,"
            + " batch_rejected, quarantined_at, received_at, resolved_at, resolution, resolved_by_batch";

    private static final RowMapper<QuarantinedRecord> VIEW = (rs, i) -> new QuarantinedRecord(
            rs.getLong("id"),
            rs.getString("batch_id"),
            rs.getString("resource_code"),
            rs.getString("record_key"),
            rs.getObject("version", Long.class),
            rs.getString("field"),
            rs.getString("rule"),
            rs.getString("reason"),
            rs.getBoolean("batch_rejected"),
            instant(rs.getObject("quarantined_at", LocalDateTime.class)),
            instant(rs.getObject("received_at", LocalDateTime.class)),
            rs.getString("resolution") == null ? "OPEN" : rs.getString("resolution"),
            instant(rs.getObject("resolved_at", LocalDateTime.class)),
            rs.getString("resolved_by_batch"));

    private static final RowMapper<Open> OPEN = (rs, i) -> new Open(
            rs.getLong("id"),
            rs.getString("batch_id"),
            rs.getString("resource_code"),
            rs.getString("record_key"),
            rs.getObject("version", Long.class),
            rs.getLong("scanned_to"));

    private final JdbcTemplate jdbc;

    QuarantineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a notice's entries; items stored before (a redelivery) are skipped. A whole rejected batch becomes one
     * entry per record the outbox still holds for it. Older open entries of a key quarantined again are superseded.
     *
     * @return the entries added
     */
    @Transactional
    public int store(QuarantineNotice notice, Instant receivedAt) {
        List<Long> lastId = jdbc.queryForList(
                "SELECT last_id FROM node_outbox_batch WHERE batch_id = ?", Long.class, notice.batchId());
        long scannedTo = lastId.isEmpty() ? 0 : lastId.get(0);
        List<QuarantineNotice.Item> items = notice.records();
        if (notice.batchRejected() && !items.isEmpty()) {
            QuarantineNotice.Item cause = items.get(0);
            List<QuarantineNotice.Item> records = jdbc.query(
                    "SELECT o.record_key, o.version FROM node_outbox_batch b JOIN node_outbox o"
                            + " ON o.resource_code = b.resource_code AND o.id BETWEEN b.first_id AND b.last_id"
                            + " WHERE b.batch_id = ? ORDER BY o.id",
                    (rs, i) -> new QuarantineNotice.Item(
                            rs.getString(1), rs.getLong(2), cause.field(), cause.rule(), cause.reason()),
                    notice.batchId());
            if (!records.isEmpty()) {
                items = records;
            }
        }
        int added = 0;
        LocalDateTime quarantinedAt = timestamp(notice.at() == null ? receivedAt : notice.at());
        for (int seq = 0; seq < items.size(); seq++) {
            QuarantineNotice.Item item = items.get(seq);
            int inserted = jdbc.update(
                    "INSERT IGNORE INTO node_quarantine (batch_id, seq, resource_code, record_key, version, field,"
                            + " rule, reason, batch_rejected, quarantined_at, received_at, scanned_to)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    notice.batchId(),
                    seq,
                    notice.resourceCode(),
                    truncate(item.key(), 255),
                    item.version(),
                    truncate(item.field(), 64),
                    item.rule() == null ? "UNKNOWN" : truncate(item.rule(), 32),
                    truncate(item.reason(), 500),
                    notice.batchRejected(),
                    quarantinedAt,
                    timestamp(receivedAt),
                    scannedTo);
            if (inserted == 1 && item.key() != null) {
                jdbc.update(
                        "UPDATE node_quarantine SET resolved_at = ?, resolution = ?, resolved_by_batch = ?,"
                                + " retry_batch_id = NULL WHERE resource_code <=> ? AND record_key = ?"
                                + " AND batch_id <> ? AND resolved_at IS NULL AND (version IS NULL OR version <= ?)",
                        timestamp(receivedAt),
                        SUPERSEDED,
                        notice.batchId(),
                        notice.resourceCode(),
                        truncate(item.key(), 255),
                        notice.batchId(),
                        item.version() == null ? Long.MAX_VALUE : item.version());
            }
            added += inserted;
        }
        return added;
    }

    /** The keys of a resource with an open entry: records the hub refused and that no later batch got through. */
    java.util.Set<String> openKeys(String resourceCode) {
        return new java.util.HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT record_key FROM node_quarantine WHERE resource_code = ? AND resolved_at IS NULL"
                        + " AND record_key IS NOT NULL",
                String.class,
                resourceCode));
    }

    public long open() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM node_quarantine WHERE resolved_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    /** A page, newest first; {@code open}: only open entries, false: only resolved ones, null: all. */
    public List<QuarantinedRecord> page(Boolean open, String resource, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(open, resource, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM node_quarantine" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                VIEW,
                args.toArray());
    }

    public long count(Boolean open, String resource) {
        List<Object> args = new ArrayList<>();
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM node_quarantine" + where(open, resource, args), Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(Boolean open, String resource, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (open != null) {
            conditions.add(open ? "resolved_at IS NULL" : "resolved_at IS NOT NULL");
        }
        if (resource != null) {
            conditions.add("resource_code = ?");
            args.add(resource);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Open keyed entries not yet matched with a later batch. */
    List<Open> unmatched(int limit) {
        return jdbc.query(
                "SELECT id, batch_id, resource_code, record_key, version, scanned_to FROM node_quarantine"
                        + " WHERE resolved_at IS NULL AND retry_batch_id IS NULL AND record_key IS NOT NULL"
                        + " AND resource_code IS NOT NULL ORDER BY id LIMIT ?",
                OPEN,
                limit);
    }

    /**
     * The last outbox row id of a resource up to which every claimed batch has been sent: rows beyond it may still
     * be unsent or unclaimed, so a search must not move past it yet.
     */
    long sentUpTo(String resourceCode) {
        Long upTo = jdbc.queryForObject(
                "SELECT LEAST(COALESCE((SELECT MIN(first_id) - 1 FROM node_outbox_batch WHERE resource_code = ?"
                        + " AND sent_at IS NULL), 9223372036854775807), COALESCE((SELECT MAX(last_id)"
                        + " FROM node_outbox_batch WHERE resource_code = ?), 0))",
                Long.class,
                resourceCode,
                resourceCode);
        return upTo == null ? 0 : upTo;
    }

    /** Outbox rows of {@code keys} in (from, to], in id order. */
    List<Hit> hits(String resourceCode, long from, long to, Collection<String> keys) {
        Set<String> distinct = new TreeSet<>(keys);
        List<Object> args = new ArrayList<>(List.of(resourceCode, from, to));
        args.addAll(distinct);
        return jdbc.query(
                "SELECT id, record_key, version FROM node_outbox WHERE resource_code = ? AND id > ? AND id <= ?"
                        + " AND record_key IN ("
                        + String.join(", ", distinct.stream().map(k -> "?").toList())
                        + ") ORDER BY id",
                (rs, i) -> new Hit(rs.getLong(1), rs.getString(2), rs.getLong(3)),
                args.toArray());
    }

    /** The batch an outbox row was sent in. */
    String batchOf(String resourceCode, long outboxId) {
        List<String> batch = jdbc.queryForList(
                "SELECT batch_id FROM node_outbox_batch WHERE resource_code = ? AND first_id <= ? AND last_id >= ?"
                        + " ORDER BY first_id DESC LIMIT 1",
                String.class,
                resourceCode,
                outboxId,
                outboxId);
        return batch.isEmpty() ? null : batch.get(0);
    }

    void matched(long id, String retryBatchId) {
        jdbc.update(
                "UPDATE node_quarantine SET retry_batch_id = ? WHERE id = ? AND resolved_at IS NULL", retryBatchId, id);
    }

    void scanned(Collection<Long> ids, long upTo) {
        for (Long id : ids) {
            jdbc.update("UPDATE node_quarantine SET scanned_to = GREATEST(scanned_to, ?) WHERE id = ?", upTo, id);
        }
    }

    /** Later batches that open entries wait on. */
    List<String> retryBatches(int limit) {
        return jdbc.queryForList(
                "SELECT DISTINCT retry_batch_id FROM node_quarantine WHERE resolved_at IS NULL"
                        + " AND retry_batch_id IS NOT NULL LIMIT ?",
                String.class,
                limit);
    }

    /** Whether the hub's notice for an uplink batch has been stored here. */
    boolean noticeStored(String batchId) {
        return !jdbc.queryForList("SELECT 1 FROM node_quarantine WHERE batch_id = ? LIMIT 1", Integer.class, batchId)
                .isEmpty();
    }

    /** Resolves the entries waiting on {@code retryBatchId} (those quarantined again were superseded already). */
    int accepted(String retryBatchId, Instant at) {
        return jdbc.update(
                "UPDATE node_quarantine SET resolved_at = ?, resolution = ?, resolved_by_batch = ?"
                        + " WHERE retry_batch_id = ? AND resolved_at IS NULL",
                timestamp(at),
                ACCEPTED,
                retryBatchId,
                retryBatchId);
    }

    /** The later batch was refused as a whole: its own notice brings new entries; these wait for another try. */
    void retryRefused(String retryBatchId) {
        jdbc.update(
                "UPDATE node_quarantine SET retry_batch_id = NULL WHERE retry_batch_id = ? AND resolved_at IS NULL",
                retryBatchId);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    // DATETIME columns hold UTC wall-clock time, as everywhere in the store.
    private static LocalDateTime timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
