package org.govexchange.node.cdc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.department.TableShape;
import org.govexchange.node.outbox.OutboxEntry;
import org.govexchange.node.outbox.OutboxService;
import org.govexchange.node.source.ContentHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends a batch of binlog changes to the outbox, in commit order, in one store transaction that also moves
 * {@code node_cdc_state}: the last version handed out and the binlog position of the last change appended.
 *
 * <p>Versions: each change gets max(last version + 1, now in epoch microseconds). So they follow commit order,
 * two changes of a key in one millisecond differ, and they lie above the epoch-millisecond versions a resource
 * had in watermark mode (until 2^53, in the year 2255). A change at or before the stored position is a replay
 * after a restart (Debezium's offsets are written after this transaction) and is not appended again.
 */
@Service
public class CdcWriter {

    private static final Logger log = LoggerFactory.getLogger(CdcWriter.class);

    private final NodeProperties node;
    private final OutboxService outbox;
    private final ContentHashes sent;
    private final DepartmentDatabase department;
    private final JdbcTemplate store;
    private final TransactionTemplate transaction;
    private final CdcMonitor monitor;
    private final Clock clock;
    private final Map<String, Publish> byTable = new ConcurrentHashMap<>();
    private final Map<String, TableShape> shapes = new ConcurrentHashMap<>();
    // The transaction being read and how many of its captured changes came so far (one engine thread).
    private String transactionFile;
    private long transactionPos = -1;
    private long changesInTransaction;

    public CdcWriter(
            NodeProperties node,
            OutboxService outbox,
            ContentHashes sent,
            DepartmentDatabase department,
            JdbcTemplate store,
            TransactionTemplate transaction,
            CdcMonitor monitor,
            Clock clock) {
        this.node = node;
        this.outbox = outbox;
        this.sent = sent;
        this.department = department;
        this.store = store;
        this.transaction = transaction;
        this.monitor = monitor;
        this.clock = clock;
    }

    private record Change(Publish publish, ChangeConverter.Converted content, String op, BinlogPosition position) {}

    /** Appends the changes of published tables among {@code records}; returns once they are committed. */
    public void write(List<SourceRecord> records) {
        List<Change> changes = new ArrayList<>();
        boolean streaming = false;
        for (SourceRecord record : records) {
            if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
                continue; // heartbeats and other non-row events
            }
            Struct source = value.getStruct("source");
            Publish publish = publishing(source.getString("db"), source.getString("table"));
            if (publish == null) {
                continue;
            }
            String op = value.getString("op");
            Struct row = "d".equals(op) ? value.getStruct("before") : value.getStruct("after");
            if (row == null) {
                continue;
            }
            if (monitor.columnsSeen(publish, row.schema())) {
                shapes.remove(publish.resourceCode());
            }
            String snapshot = source.getString("snapshot");
            boolean fromSnapshot = snapshot != null && !"false".equals(snapshot) && !"incremental".equals(snapshot);
            BinlogPosition position = fromSnapshot ? null : place(record, source);
            streaming |= !fromSnapshot;
            if (fromSnapshot) {
                monitor.snapshotRow(publish, "last".equals(snapshot));
            }
            changes.add(new Change(publish, ChangeConverter.convert(publish, op, row, shape(publish)), op, position));
        }
        if (streaming) {
            monitor.streaming();
        }
        if (changes.isEmpty()) {
            return;
        }
        List<Change> appended = transaction.execute(status -> append(changes));
        for (Change change : appended) {
            monitor.appended(change.publish(), change.op(), change.position());
        }
        if (appended.size() < changes.size()) {
            monitor.replayed(changes.size() - appended.size());
            log.info(
                    "CDC: {} changes seen again after a restart were already in the outbox",
                    changes.size() - appended.size());
        }
    }

    /** The engine (re)starts, at a transaction's start: counting begins anew. */
    public void restarted() {
        transactionFile = null;
        transactionPos = -1;
        changesInTransaction = 0;
    }

    /**
     * The change's place: its transaction's file and start position (the connector's offset holds them while a
     * transaction is read), and how many captured changes of that transaction came before it.
     */
    BinlogPosition place(SourceRecord record, Struct source) {
        Map<String, ?> offset = record.sourceOffset();
        String file;
        long pos;
        if (offset != null && offset.get("pos") instanceof Number number) {
            file = String.valueOf(offset.get("file"));
            pos = number.longValue();
        } else {
            file = source.getString("file");
            pos = source.getInt64("pos");
        }
        if (pos != transactionPos || !file.equals(transactionFile)) {
            transactionFile = file;
            transactionPos = pos;
            changesInTransaction = 0;
        }
        return new BinlogPosition(file, pos, changesInTransaction++);
    }

    private List<Change> append(List<Change> changes) {
        String engine = CdcEngineConfig.engineName(node);
        Timestamp now = Timestamp.from(clock.instant());
        store.update(
                "INSERT IGNORE INTO node_cdc_state (engine, last_version, updated_at) VALUES (?, 0, ?)", engine, now);
        Map<String, Object> state =
                store.queryForMap("SELECT * FROM node_cdc_state WHERE engine = ? FOR UPDATE", engine);
        long version = ((Number) state.get("last_version")).longValue();
        BinlogPosition last = state.get("binlog_file") == null
                ? null
                : new BinlogPosition(
                        (String) state.get("binlog_file"),
                        ((Number) state.get("binlog_pos")).longValue(),
                        state.get("binlog_change") == null ? -1 : ((Number) state.get("binlog_change")).longValue());
        List<OutboxEntry> entries = new ArrayList<>();
        List<Change> appended = new ArrayList<>();
        for (Change change : changes) {
            if (change.position() != null && last != null && change.position().compareTo(last) <= 0) {
                continue;
            }
            version = Math.max(version + 1, micros(clock.instant()));
            if (change.position() != null) {
                last = change.position();
            }
            ChangeConverter.Converted content = change.content();
            entries.add(new OutboxEntry(
                    change.publish().resourceCode(), content.key(), content.op(), version, content.data()));
            appended.add(change);
        }
        if (!entries.isEmpty()) {
            outbox.append(entries);
            // What was sent per key, for source reconciliation (as watermark mode keeps it).
            LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            entries.stream()
                    .collect(Collectors.groupingBy(OutboxEntry::resourceCode, LinkedHashMap::new, Collectors.toList()))
                    .forEach((resource, ofResource) -> sent.appended(resource, ofResource, at));
        }
        store.update(
                "UPDATE node_cdc_state SET last_version = ?, binlog_file = ?, binlog_pos = ?, binlog_change = ?,"
                        + " updated_at = ? WHERE engine = ?",
                version,
                last == null ? null : last.file(),
                last == null ? null : last.pos(),
                last == null ? null : last.change(),
                now,
                engine);
        return appended;
    }

    private Publish publishing(String database, String table) {
        if (byTable.isEmpty()) {
            for (Publish publish : node.publish()) {
                if (publish.cdc()) {
                    byTable.put(CdcEngineConfig.qualified(node, publish).toLowerCase(Locale.ROOT), publish);
                }
            }
        }
        return byTable.get((database + "." + table).toLowerCase(Locale.ROOT));
    }

    /** The table as the department's database describes it (which TINYINT(1) are booleans); null when unknown. */
    private TableShape shape(Publish publish) {
        TableShape shape = shapes.get(publish.resourceCode());
        if (shape == null) {
            try {
                shape = department.shape(CdcEngineConfig.qualified(node, publish));
                shapes.put(publish.resourceCode(), shape);
            } catch (DataAccessException e) {
                log.debug("cannot read the shape of {}", publish.table(), e);
            }
        }
        return shape;
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }
}
