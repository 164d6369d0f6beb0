package org.govexchange.node.source;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govexchange.node.InvalidNodeConfigException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.department.TableShape;
import org.govexchange.node.outbox.OutboxEntry;
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
 * re-reads the same rows; after it, nothing is read twice. A re-scan reads the rows of the window behind the
 * watermark again, for rows committed late with an older version and updates that kept their timestamp; content
 * hashes per key ({@link ContentHashes}) keep both paths from sending a row whose content was sent already.
 */
@Service
public class ExtractionService {

    private static final Logger log = LoggerFactory.getLogger(ExtractionService.class);
    private static final TypeReference<List<String>> KEY = new TypeReference<>() {};

    private final NodeProperties node;
    private final DepartmentDatabase department;
    private final WatermarkMapper watermarks;
    private final OutboxService outbox;
    private final ContentHashes hashes;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, SourceTable> tables = new ConcurrentHashMap<>();
    private final Map<String, SourceProgress> progress = new ConcurrentHashMap<>();

    public ExtractionService(
            NodeProperties node,
            DepartmentDatabase department,
            WatermarkMapper watermarks,
            OutboxService outbox,
            ContentHashes hashes,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock,
            MeterRegistry meters) {
        this.node = node;
        this.department = department;
        this.watermarks = watermarks;
        this.outbox = outbox;
        this.hashes = hashes;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        for (Publish publish : node.publish()) {
            progress.put(publish.resourceCode(), new SourceProgress(publish, meters));
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
     * One extraction step: at most batch-size rows after the watermark; those whose content changed go into the
     * outbox.
     *
     * @return the number of rows read; fewer than batch-size means the source is drained for now
     */
    public int extractOnce(String resourceCode) {
        Publish publish = node.publishing(resourceCode);
        SourceProgress p = progress.get(resourceCode);
        return p.guarded("extraction", () -> {
            SourceTable table = table(publish);
            // Only this node's extraction of the resource moves its watermark: read once, then kept here.
            Watermark watermark = p.watermark != null ? p.watermark : watermarks.selectById(resourceCode);
            List<SourceTable.Extracted> rows = watermark == null
                    ? read(table.firstQuery(), table, publish.batchSize())
                    : read(
                            table.nextQuery(),
                            table,
                            table.nextParameters(
                                    watermark.getLastVersion(),
                                    json.readValue(watermark.getLastKey(), KEY),
                                    publish.batchSize()));
            if (!rows.isEmpty()) {
                SourceTable.Extracted last = rows.get(rows.size() - 1);
                int[] sent = new int[1];
                p.watermark = transaction.execute(status -> {
                    sent[0] = appendChanged(resourceCode, rows);
                    return advance(resourceCode, watermark, last);
                });
                p.extracted(rows.size(), sent[0]);
            }
            p.lastExtracted = rows.size();
            if (rows.size() < publish.batchSize()) {
                p.lastExtractionAt = clock.instant();
            }
            return rows.size();
        });
    }

    /**
     * A re-scan when one is due (every rescan-interval): see {@link #rescanOnce}.
     *
     * @return records the re-scan sent; 0 when none was due
     */
    public int rescanIfDue(String resourceCode) {
        Publish publish = node.publishing(resourceCode);
        SourceProgress p = progress.get(resourceCode);
        long now = clock.millis();
        if (p.rescanStartedMillis != Long.MIN_VALUE
                && now - p.rescanStartedMillis < publish.rescanInterval().toMillis()) {
            return 0;
        }
        p.rescanStartedMillis = now;
        return rescanOnce(resourceCode);
    }

    /**
     * Reads the rows from rescan-window before the watermark up to it again, a batch at a time, and sends those
     * whose content differs from what was sent for their key: a row committed late with an older version, or a
     * second update that kept its timestamp. Nothing when the version column is not a timestamp or the window is 0.
     *
     * @return records sent
     */
    public int rescanOnce(String resourceCode) {
        Publish publish = node.publishing(resourceCode);
        SourceProgress p = progress.get(resourceCode);
        return p.guarded("re-scan", () -> {
            SourceTable table = table(publish);
            Watermark watermark = p.watermark != null ? p.watermark : watermarks.selectById(resourceCode);
            if (!table.rescans() || watermark == null) {
                return 0;
            }
            // Bounded by the watermark as it is now: rows after it are the forward extraction's.
            long upTo = watermark.getLastVersion();
            int batch = publish.batchSize();
            List<SourceTable.Extracted> rows = read(
                    table.rescanFirstQuery(), table, table.rescanFirstParameters(table.rescanFrom(upTo), upTo, batch));
            int caught = 0;
            while (!rows.isEmpty()) {
                List<SourceTable.Extracted> page = rows;
                int sent = transaction.execute(status -> appendChanged(resourceCode, page));
                p.extracted(page.size(), sent);
                p.rescanned(sent);
                caught += sent;
                if (page.size() < batch) {
                    break;
                }
                SourceTable.Extracted last = page.get(page.size() - 1);
                rows = read(
                        table.rescanNextQuery(),
                        table,
                        table.rescanNextParameters(last.position(), last.keyValues(), upTo, batch));
            }
            p.lastRescanAt = clock.instant();
            if (caught > 0) {
                log.info("re-scan of {} found {} changed row(s) behind the watermark", resourceCode, caught);
            }
            return caught;
        });
    }

    /** In the store transaction: the rows whose content changed into the outbox; how many. */
    private int appendChanged(String resourceCode, List<SourceTable.Extracted> rows) {
        List<OutboxEntry> changed = hashes.changed(
                resourceCode, rows.stream().map(SourceTable.Extracted::entry).toList(), outbox.now());
        if (!changed.isEmpty()) {
            outbox.append(changed);
        }
        return changed.size();
    }

    private List<SourceTable.Extracted> read(String sql, SourceTable table, Object... parameters) {
        return department.jdbc().query(sql, (row, i) -> table.read(row), parameters);
    }

    /** Records pushed on the local API, counted for status and metrics. */
    void countPushed(String resourceCode, int records) {
        SourceProgress p = progress.get(resourceCode);
        p.pushed(records);
    }

    public List<SourceStatus> status() {
        List<SourceStatus> all = new ArrayList<>();
        for (Publish publish : node.publish()) {
            SourceProgress p = progress.get(publish.resourceCode());
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
                    p.lastRescanAt,
                    p.rescanCaught.get(),
                    p.unchanged.get(),
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

    private SourceTable table(Publish publish) {
        List<String> problems = new ArrayList<>();
        SourceTable table = table(publish, problems);
        if (table == null) {
            throw new InvalidNodeConfigException(problems);
        }
        return table;
    }

    /** The source table of a published resource, its shape read once; null (with the problems) if it does not fit. */
    SourceTable sourceTable(Publish publish, List<String> problems) {
        return table(publish, problems);
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
