package org.govexchange.node.outbox;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The node's outbox (store database). Records are appended once and never updated; a batch is a range of one
 * resource's rows, claimed in {@code node_outbox_batch} before it is sent and marked sent there once the broker
 * acknowledged it. A resource's unclaimed rows are those after its last claimed range. Appends to a resource are
 * serialised (a row lock in {@code node_outbox_lock}), so its rows commit in id order and a row can never be
 * committed inside a range that was already claimed.
 *
 * <p>The hot paths (append, reading a batch's rows) use plain JDBC: extraction and sending move tens of thousands
 * of rows per second, and one batched statement beats a mapper call per row.
 */
@Service
public class OutboxService {

    private static final RowMapper<OutboxRecord> ROW = (rs, i) -> {
        OutboxRecord record = new OutboxRecord();
        record.setId(rs.getLong("id"));
        record.setResourceCode(rs.getString("resource_code"));
        record.setRecordKey(rs.getString("record_key"));
        record.setOp(rs.getString("op"));
        record.setVersion(rs.getLong("version"));
        record.setPayload(rs.getString("payload"));
        return record;
    };

    private static final String COLUMNS = "id, resource_code, record_key, op, version, payload";

    private final ClaimedBatchMapper batches;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OutboxService(ClaimedBatchMapper batches, JdbcTemplate jdbc, Clock clock) {
        this.batches = batches;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the lock rows appends take, one per resource that can be appended to. */
    public void ensureResources(Collection<String> resourceCodes) {
        resourceCodes.forEach(rc -> jdbc.update("INSERT IGNORE INTO node_outbox_lock (resource_code) VALUES (?)", rc));
    }

    /** Appends records in the caller's transaction: for extraction, the one that also moves the watermark. */
    @Transactional
    public void append(List<OutboxEntry> entries) {
        // Locks in a fixed order, so two appends to several resources cannot deadlock.
        for (String resourceCode :
                new TreeSet<>(entries.stream().map(OutboxEntry::resourceCode).toList())) {
            List<String> locked = jdbc.queryForList(
                    "SELECT resource_code FROM node_outbox_lock WHERE resource_code = ? FOR UPDATE",
                    String.class,
                    resourceCode);
            if (locked.isEmpty()) {
                // Not created at startup (the store was down then): create it and take it now.
                jdbc.update("INSERT IGNORE INTO node_outbox_lock (resource_code) VALUES (?)", resourceCode);
                jdbc.queryForList(
                        "SELECT resource_code FROM node_outbox_lock WHERE resource_code = ? FOR UPDATE",
                        String.class,
                        resourceCode);
            }
        }
        Timestamp now = Timestamp.valueOf(now());
        jdbc.batchUpdate(
                "INSERT INTO node_outbox (resource_code, record_key, op, version, payload, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                entries,
                1000,
                (statement, entry) -> {
                    statement.setString(1, entry.resourceCode());
                    statement.setString(2, entry.key());
                    statement.setString(3, entry.op().name());
                    statement.setLong(4, entry.version());
                    statement.setString(5, new String(ExchangeJson.encode(entry.data()), StandardCharsets.UTF_8));
                    statement.setTimestamp(6, now);
                });
    }

    /** Records not yet acknowledged by the broker: unclaimed ones and those of claimed, unsent batches. */
    public long unsentCount() {
        Long inBatches = jdbc.queryForObject(
                "SELECT COALESCE(SUM(records), 0) FROM node_outbox_batch WHERE sent_at IS NULL", Long.class);
        long unclaimed = 0;
        for (String resourceCode : jdbc.queryForList("SELECT resource_code FROM node_outbox_lock", String.class)) {
            unclaimed += jdbc.queryForObject(
                    "SELECT COUNT(*) FROM node_outbox WHERE resource_code = ? AND id > ?",
                    Long.class,
                    resourceCode,
                    claimedUpTo(resourceCode));
        }
        return inBatches + unclaimed;
    }

    /** Claimed batches the broker has not acknowledged (a failed or interrupted send), oldest first. */
    public List<OutboxBatch> unsentBatches(int limit) {
        List<OutboxBatch> unsent = new ArrayList<>();
        for (ClaimedBatch batch : batches.selectList(Wrappers.lambdaQuery(ClaimedBatch.class)
                .isNull(ClaimedBatch::getSentAt)
                .orderByAsc(ClaimedBatch::getFirstId)
                .last("LIMIT " + Math.max(1, limit)))) {
            List<OutboxRecord> rows = jdbc.query(
                    "SELECT " + COLUMNS
                            + " FROM node_outbox WHERE resource_code = ? AND id BETWEEN ? AND ? ORDER BY id",
                    ROW,
                    batch.getResourceCode(),
                    batch.getFirstId(),
                    batch.getLastId());
            unsent.add(new OutboxBatch(batch.getBatchId(), batch.getResourceCode(), batch.getClaimedAt(), rows));
        }
        return unsent;
    }

    /** The oldest rows of a resource after its last claimed range. */
    public List<OutboxRecord> unclaimed(String resourceCode, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM node_outbox WHERE resource_code = ? AND id > ? ORDER BY id LIMIT ?",
                ROW,
                resourceCode,
                claimedUpTo(resourceCode),
                limit);
    }

    /**
     * Records the batch's rows (first to last id) as claimed under its batch id.
     *
     * @throws ConcurrentClaimException (nothing changed) if another sender claimed them first
     */
    public void claim(OutboxBatch batch) {
        ClaimedBatch claimed = new ClaimedBatch();
        claimed.setBatchId(batch.batchId());
        claimed.setResourceCode(batch.resourceCode());
        claimed.setFirstId(batch.rows().get(0).getId());
        claimed.setLastId(batch.rows().get(batch.rows().size() - 1).getId());
        claimed.setRecords(batch.rows().size());
        claimed.setClaimedAt(batch.claimedAt());
        try {
            batches.insert(claimed);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentClaimException();
        }
    }

    /** The broker acknowledged the batch. */
    public void markSent(String batchId) {
        ClaimedBatch change = new ClaimedBatch();
        change.setSentAt(now());
        batches.update(
                change,
                Wrappers.lambdaUpdate(ClaimedBatch.class)
                        .eq(ClaimedBatch::getBatchId, batchId)
                        .isNull(ClaimedBatch::getSentAt));
    }

    /**
     * Deletes rows of batches acknowledged before {@code before} (never a row of an unsent batch, never the
     * newest row of the table, whose id keeps auto-increment from going back after a restart), and the records of
     * those batches but the newest of each resource, which marks where its unclaimed rows begin.
     */
    @Transactional
    public int purge(LocalDateTime before, int limit) {
        Long newest = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM node_outbox", Long.class);
        Timestamp cutoff = Timestamp.valueOf(before);
        int deleted = 0;
        for (String resourceCode : jdbc.queryForList("SELECT resource_code FROM node_outbox_lock", String.class)) {
            Long firstUnsent = jdbc.queryForObject(
                    "SELECT COALESCE(MIN(first_id), 9223372036854775807) FROM node_outbox_batch"
                            + " WHERE resource_code = ? AND sent_at IS NULL",
                    Long.class,
                    resourceCode);
            Long sentUpTo = jdbc.queryForObject(
                    "SELECT COALESCE(MAX(last_id), 0) FROM node_outbox_batch"
                            + " WHERE resource_code = ? AND sent_at < ? AND last_id < ?",
                    Long.class,
                    resourceCode,
                    cutoff,
                    firstUnsent);
            if (sentUpTo > 0) {
                deleted += jdbc.update(
                        "DELETE FROM node_outbox WHERE resource_code = ? AND id <= ? AND id < ? LIMIT ?",
                        resourceCode,
                        sentUpTo,
                        newest,
                        limit);
                jdbc.update(
                        "DELETE FROM node_outbox_batch WHERE resource_code = ? AND sent_at < ? AND last_id < ?"
                                + " AND last_id < ?",
                        resourceCode,
                        cutoff,
                        claimedUpTo(resourceCode),
                        firstUnsent);
            }
        }
        return deleted;
    }

    private long claimedUpTo(String resourceCode) {
        return jdbc.queryForObject(
                "SELECT COALESCE(MAX(last_id), 0) FROM node_outbox_batch WHERE resource_code = ?",
                Long.class,
                resourceCode);
    }

    /** Now, UTC, to the millisecond (what DATETIME(3) keeps). */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Another sender claimed the same rows first; nothing was changed. */
    public static class ConcurrentClaimException extends RuntimeException {
        ConcurrentClaimException() {
            super("outbox rows were claimed concurrently");
        }
    }
}
