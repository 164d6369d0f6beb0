package org.govexchange.node.cdc;

import io.debezium.embedded.Connect;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.spi.OffsetCommitPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.outbox.OutboxSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs Debezium's embedded engine on the department database's binlog for the resources published with
 * {@code mode: cdc}. Each batch of changes goes to the outbox ({@link CdcWriter}) before the engine may store its
 * offsets. When the engine stops on an error (database down, binlog unreadable) it is started again after a
 * backoff (doubling to a minute) and resumes from the stored offsets.
 */
@Component
public class CdcCapture implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CdcCapture.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final NodeProperties node;
    private final CdcWriter writer;
    private final CdcMonitor monitor;
    private final OutboxSender sender;
    private final JdbcTemplate store;
    private final List<Publish> published;
    private ExecutorService runner;
    private ScheduledExecutorService restarts;
    private volatile DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
    private volatile boolean running;
    private volatile Duration backoff = Duration.ofSeconds(1);

    public CdcCapture(
            NodeProperties node, CdcWriter writer, CdcMonitor monitor, OutboxSender sender, JdbcTemplate store) {
        this.node = node;
        this.writer = writer;
        this.monitor = monitor;
        this.sender = sender;
        this.store = store;
        this.published = node.publish().stream().filter(Publish::cdc).toList();
    }

    @Override
    public synchronized void start() {
        if (published.isEmpty() || running) {
            return;
        }
        running = true;
        CdcStores.bind(CdcEngineConfig.engineName(node), store);
        runner = Executors.newSingleThreadExecutor(r -> daemon(r, "gx-cdc"));
        restarts = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gx-cdc-restart"));
        log.info(
                "CDC: capturing {} from the binlog as replica {}",
                published.stream().map(p -> CdcEngineConfig.qualified(node, p)).toList(),
                CdcEngineConfig.serverId(node));
        launch();
    }

    private synchronized void launch() {
        if (!running) {
            return;
        }
        monitor.state("STARTING", null);
        writer.restarted();
        DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> started = DebeziumEngine.create(Connect.class)
                .using(CdcEngineConfig.of(node, published))
                .using(OffsetCommitPolicy.always())
                .using((success, message, error) -> ended(success, message, error))
                .notifying(this::handle)
                .build();
        engine = started;
        runner.execute(started);
    }

    private void handle(
            List<ChangeEvent<SourceRecord, SourceRecord>> events,
            DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer)
            throws InterruptedException {
        List<SourceRecord> records = new ArrayList<>(events.size());
        events.forEach(e -> records.add(e.value()));
        // Throws if the store fails: nothing is marked processed, the engine stops and is restarted from the
        // stored offsets, which do not include this batch.
        writer.write(records);
        for (ChangeEvent<SourceRecord, SourceRecord> event : events) {
            DebeziumEngine.Offsets offsets = committer.buildOffsets();
            atTransactionStart(event.value().sourceOffset()).forEach(offsets::set);
            committer.markProcessed(event, offsets);
        }
        committer.markBatchFinished();
        backoff = Duration.ofSeconds(1);
        sender.wake();
    }

    /**
     * The offset to store for a change: its transaction's start, without the events and rows of it already passed.
     * Resuming inside a transaction, Debezium numbers its events differently from the first read (MariaDB's
     * binlog has events the skip count and the first count see differently), so {@link CdcWriter} could not tell
     * replayed changes from new ones: a kill -9 sent one row event again. Resuming at the start replays the whole
     * transaction, numbered as the first time, and the writer skips what it appended already.
     */
    static Map<String, Object> atTransactionStart(Map<String, ?> offset) {
        Map<String, Object> start = new LinkedHashMap<>();
        if (offset != null) {
            offset.forEach((key, value) -> {
                if (!"event".equals(key) && !"row".equals(key)) {
                    start.put(key, value);
                }
            });
        }
        return start;
    }

    private void ended(boolean success, String message, Throwable error) {
        if (!running) {
            monitor.state("STOPPED", null);
            return;
        }
        String reason = error == null ? message : message + ": " + rootMessage(error);
        monitor.state("FAILED", reason);
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        log.warn("CDC capture stopped ({}); starting again in {} s", reason, wait.toSeconds(), error);
        restarts.schedule(this::launch, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        restarts.shutdownNow();
        DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> current = engine;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                log.warn("CDC engine did not close cleanly", e);
            }
        }
        runner.shutdown();
        try {
            if (!runner.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("CDC engine still running 30 s after stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        engine = null;
        monitor.state("STOPPED", null);
        CdcStores.unbind(CdcEngineConfig.engineName(node));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Tests start and stop the capture by hand (gx.node.scheduling=false). */
    @Override
    public boolean isAutoStartup() {
        return node.scheduling();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
