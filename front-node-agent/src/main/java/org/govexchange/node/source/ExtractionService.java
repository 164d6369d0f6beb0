package org.govexchange.node.source;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.govexchange.node.InvalidNodeConfigException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.department.TableShape;
import org.govexchange.node.outbox.OutboxService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Incremental extraction by watermark: reads the next rows of a source table after (version, key) and writes
 * them to the outbox in the same store transaction that moves the watermark. A crash before that commit
 * re-reads the same rows; after it, nothing is read twice.
 */
@Service
public class ExtractionService {

    private static final Logger log = LoggerFactory.getLogger(ExtractionService.class);
    private static final TypeReference<List<String>> KEY = new TypeReference<>() {};

    private final NodeProperties node;
    private final DepartmentDatabase department;
    private final WatermarkMapper watermarks;
    private final OutboxService outbox;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, SourceTable> tables = new ConcurrentHashMap<>();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    /** Mutable counters of one resource. */
    static final class Progress {
        volatile Instant lastExtractionAt;
        volatile long lastExtracted;
        final AtomicLong extracted = new AtomicLong();
        final AtomicLong pushed = new AtomicLong();
        volatile String error;
        volatile Watermark watermark;
        Counter extractedCounter;
        Counter pushedCounter;
    }

    public ExtractionService(
            NodeProperties node,
            DepartmentDatabase department,
            WatermarkMapper watermarks,
            OutboxService outbox,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock,
            MeterRegistry meters) {
        this.node = node;
        this.department = department;
        this.watermarks = watermarks;
        this.outbox = outbox;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        for (Publish publish : node.publish()) {
            Progress p = new Progress();
            p.extractedCounter = Counter.builder("gx.node.records.extracted")
                    .description("records extracted from source tables into the outbox")
                    .tag("resource", publish.resourceCode())
                    .register(meters);
            p.pushedCounter = Counter.builder("gx.node.records.pushed")
                    .description("records received on the local push API")
                    .tag("resource", publish.resourceCode())
                    .register(meters);
            progress.put(publish.resourceCode(), p);
        }
    }

    /**
     * Reads every source table's shape and checks the configuration against it.
     *
     * @throws InvalidNodeConfigException when a table or column does not exist or does not fit
     */
    public void checkSources() {
        List<String> problems = new ArrayList<>();
        for (Publish publish : node.publish()) {
            // CDC tables are read from the binlog (org.govexchange.node.cdc), not by watermark.
            if (publish.pushOnly() || publish.cdc()) {
                continue;
            }
            try {
                table(publish, problems);
            } catch (DataAccessException e) {
                if (isMissingTable(e)) {
                    problems.add(
                            "publish " + publish.resourceCode() + ": table " + publish.table() + " does not exist");
                } else {
                    log.warn(
                            "cannot check source table {} yet (department database unreachable?): {}",
                            publish.table(),
                            e.getMostSpecificCause().getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidNodeConfigException(problems);
        }
    }

    /**
     * One extraction step: at most batch-size rows after the watermark into the outbox.
     *
     * @return the number of rows extracted; fewer than batch-size means the source is drained for now
     */
    public int extractOnce(String resourceCode) {
        Publish publish = node.publishing(resourceCode);
        Progress p = progress.get(resourceCode);
        try {
            List<String> problems = new ArrayList<>();
            SourceTable table = table(publish, problems);
            if (table == null) {
                throw new InvalidNodeConfigException(problems);
            }
            // Only this node's extraction of the resource moves its watermark: read once, then kept here.
            Watermark watermark = p.watermark != null ? p.watermark : watermarks.selectById(resourceCode);
            List<SourceTable.Extracted> rows = watermark == null
                    ? department.jdbc().query(table.firstQuery(), (row, i) -> table.read(row), publish.batchSize())
                    : department
                            .jdbc()
                            .query(
                                    table.nextQuery(),
                                    (row, i) -> table.read(row),
                                    table.nextParameters(
                                            watermark.getLastVersion(),
                                            json.readValue(watermark.getLastKey(), KEY),
                                            publish.batchSize()));
            if (!rows.isEmpty()) {
                SourceTable.Extracted last = rows.get(rows.size() - 1);
                transaction.executeWithoutResult(status -> {
                    outbox.append(
                            rows.stream().map(SourceTable.Extracted::entry).toList());
                    advance(resourceCode, watermark, last);
                });
                p.extracted.addAndGet(rows.size());
                p.extractedCounter.increment(rows.size());
            }
            if (p.error != null) {
                log.info("extraction of {} from {} works again", resourceCode, publish.table());
                p.error = null;
            }
            p.lastExtracted = rows.size();
            if (rows.size() < publish.batchSize()) {
                p.lastExtractionAt = clock.instant();
            }
            return rows.size();
        } catch (RuntimeException e) {
            String message = e instanceof DataAccessException dae
                    ? dae.getMostSpecificCause().getMessage()
                    : e.getMessage();
            if (!message.equals(p.error)) {
                log.warn(
                        "extraction of {} from {} failed, retrying every poll: {}",
                        resourceCode,
                        publish.table(),
                        message);
            }
            p.error = message;
            throw e;
        }
    }

    /** Records pushed on the local API, counted for status and metrics. */
    void countPushed(String resourceCode, int records) {
        Progress p = progress.get(resourceCode);
        p.pushed.addAndGet(records);
        p.pushedCounter.increment(records);
    }

    public List<SourceStatus> status() {
        List<SourceStatus> all = new ArrayList<>();
        for (Publish publish : node.publish()) {
            Progress p = progress.get(publish.resourceCode());
            Watermark watermark = null;
            try {
                watermark = publish.pushOnly() || publish.cdc() ? null : watermarks.selectById(publish.resourceCode());
            } catch (DataAccessException e) {
                log.debug("cannot read the watermark", e);
            }
            all.add(new SourceStatus(
                    publish.resourceCode(),
                    publish.pushOnly() ? null : publish.table(),
                    p.lastExtractionAt,
                    p.lastExtracted,
                    p.extracted.get(),
                    p.pushed.get(),
                    watermark == null ? null : watermark.getLastVersion(),
                    watermark == null ? null : watermark.getLastKey(),
                    p.error));
        }
        return all;
    }

    private Watermark advance(String resourceCode, Watermark previous, SourceTable.Extracted last) {
        Watermark next = new Watermark();
        next.setResourceCode(resourceCode);
        next.setLastVersion(last.position());
        next.setLastKey(json.writeValueAsString(last.keyValues()));
        next.setUpdatedAt(outbox.now());
        if (previous == null) {
            watermarks.insert(next);
        } else {
            watermarks.updateById(next);
        }
        return next;
    }

    private SourceTable table(Publish publish, List<String> problems) {
        SourceTable table = tables.get(publish.resourceCode());
        if (table == null) {
            TableShape shape = department.shape(publish.table());
            table = SourceTable.of(publish, shape, problems);
            if (table != null) {
                tables.put(publish.resourceCode(), table);
            }
        }
        return table;
    }

    static boolean isMissingTable(DataAccessException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("doesn't exist") || message.contains("Unknown database");
    }
}
