package org.govexchange.node.cdc;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the capture did: state, snapshot progress, schema changes; for status, logs and metrics. */
@Component
public class CdcMonitor {

    private static final Logger log = LoggerFactory.getLogger(CdcMonitor.class);
    private static final int SNAPSHOT_LOG_EVERY = 10_000;
    private static final int SCHEMA_CHANGES_KEPT = 20;

    private final NodeProperties node;
    private final Clock clock;
    private final MeterRegistry meters;
    private final AtomicInteger snapshotRunning = new AtomicInteger();
    private final AtomicLong snapshotRows = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final Map<String, Set<String>> columns = new ConcurrentHashMap<>();
    private final List<CdcStatus.SchemaChange> schemaChanges = new CopyOnWriteArrayList<>();
    private final Counter replayedCounter;
    private volatile String state = "STOPPED";
    private volatile String error;
    private volatile String position;
    private volatile Instant lastChangeAt;

    public CdcMonitor(NodeProperties node, Clock clock, MeterRegistry meters) {
        this.node = node;
        this.clock = clock;
        this.meters = meters;
        Gauge.builder("gx.node.cdc.snapshot.running", snapshotRunning, AtomicInteger::get)
                .description("1 while the initial snapshot of the CDC tables runs")
                .register(meters);
        replayedCounter = Counter.builder("gx.node.cdc.replayed")
                .description("binlog changes seen again after a restart and not appended twice")
                .register(meters);
    }

    void state(String state, String error) {
        this.state = state;
        this.error = error;
    }

    void snapshotRow(Publish publish, boolean last) {
        if (snapshotRunning.compareAndSet(0, 1)) {
            state("SNAPSHOT", null);
            log.info("CDC initial snapshot started: taking the rows that already exist");
        }
        long rows = snapshotRows.incrementAndGet();
        Counter.builder("gx.node.cdc.snapshot.rows")
                .description("rows taken by the initial snapshot")
                .tag("resource", publish.resourceCode())
                .register(meters)
                .increment();
        if (rows % SNAPSHOT_LOG_EVERY == 0) {
            log.info("CDC initial snapshot: {} rows taken so far ({} now)", rows, publish.table());
        }
        if (last) {
            snapshotDone();
        }
    }

    void streaming() {
        snapshotDone();
        if (!"STREAMING".equals(state)) {
            state("STREAMING", null);
        }
    }

    private void snapshotDone() {
        if (snapshotRunning.compareAndSet(1, 0)) {
            log.info("CDC initial snapshot done: {} rows; reading the binlog from here", snapshotRows.get());
        }
    }

    void appended(Publish publish, String op, BinlogPosition at) {
        changes.incrementAndGet();
        lastChangeAt = clock.instant();
        if (at != null) {
            position = at.file() + ":" + at.pos() + ":" + at.change();
        }
        Counter.builder("gx.node.cdc.changes")
                .description("binlog changes appended to the outbox")
                .tag("resource", publish.resourceCode())
                .tag("op", op)
                .register(meters)
                .increment();
    }

    void replayed(long count) {
        replayed.addAndGet(count);
        replayedCounter.increment(count);
    }

    /**
     * Compares the row image's columns with the last ones seen for this resource and reports a difference: a
     * column added or dropped at the source is logged and shown in status, and the capture carries on.
     *
     * @return whether the columns changed (the table's shape should be read again)
     */
    boolean columnsSeen(Publish publish, Schema row) {
        Set<String> now = new TreeSet<>();
        for (Field field : row.fields()) {
            now.add(field.name().toLowerCase(Locale.ROOT));
        }
        Set<String> before = columns.put(publish.resourceCode(), now);
        if (before == null || before.equals(now)) {
            return false;
        }
        List<String> added = new ArrayList<>(now);
        added.removeAll(before);
        List<String> dropped = new ArrayList<>(before);
        dropped.removeAll(now);
        List<String> lostFields = dropped.stream()
                .filter(c -> publish.columns().keySet().stream().anyMatch(c::equalsIgnoreCase))
                .toList();
        log.warn(
                "CDC: the columns of {} ({}) changed: added {}, dropped {}{}; capture carries on",
                publish.table(),
                publish.resourceCode(),
                added,
                dropped,
                lostFields.isEmpty() ? "" : " (mapped columns no longer sent: " + lostFields + ")");
        schemaChanges.add(
                new CdcStatus.SchemaChange(publish.resourceCode(), publish.table(), clock.instant(), added, dropped));
        while (schemaChanges.size() > SCHEMA_CHANGES_KEPT) {
            schemaChanges.remove(0);
        }
        Counter.builder("gx.node.cdc.schema.changes")
                .description("column sets of captured tables that changed at the source")
                .tag("resource", publish.resourceCode())
                .register(meters)
                .increment();
        return true;
    }

    /** Null when no resource is published in CDC mode. */
    public CdcStatus status() {
        List<String> tables = node.publish().stream()
                .filter(Publish::cdc)
                .map(p -> CdcEngineConfig.qualified(node, p))
                .toList();
        if (tables.isEmpty()) {
            return null;
        }
        return new CdcStatus(
                state,
                tables,
                snapshotRows.get(),
                changes.get(),
                replayed.get(),
                position,
                lastChangeAt,
                error,
                List.copyOf(schemaChanges));
    }
}
