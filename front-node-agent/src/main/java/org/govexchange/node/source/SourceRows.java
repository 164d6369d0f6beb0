package org.govexchange.node.source;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.govexchange.node.InvalidNodeConfigException;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.outbox.OutboxEntry;
import org.govexchange.node.outbox.OutboxSender;
import org.govexchange.node.outbox.OutboxService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published table's rows as source reconciliation reads them, each as the record extraction would send, and the
 * repair: the current rows of named keys sent again (a key no row holds any more as a DELETE), above the versions
 * sent before.
 */
@Component
public class SourceRows {

    private static final int CHUNK = 500;

    private final ExtractionService extraction;
    private final DepartmentDatabase department;
    private final ContentHashes sent;
    private final OutboxService outbox;
    private final OutboxSender sender;
    private final TransactionTemplate store;
    private final Clock clock;

    SourceRows(
            ExtractionService extraction,
            DepartmentDatabase department,
            ContentHashes sent,
            OutboxService outbox,
            OutboxSender sender,
            TransactionTemplate store,
            Clock clock) {
        this.extraction = extraction;
        this.department = department;
        this.sent = sent;
        this.outbox = outbox;
        this.sender = sender;
        this.store = store;
        this.clock = clock;
    }

    /** Streams every row of the table as a record (a soft-deleted row as a DELETE). */
    public void each(Publish publish, Consumer<OutboxEntry> action) {
        SourceTable table = table(publish);
        department.jdbc().query(table.scanQuery(), row -> {
            action.accept(table.read(row).entry());
        });
    }

    /**
     * Sends the keys again from the table as it is now, each with a version above the last one sent for it.
     *
     * @return records appended to the outbox
     */
    public int resend(Publish publish, List<String> recordKeys) {
        SourceTable table = table(publish);
        long now = clock.millis();
        List<OutboxEntry> entries = new ArrayList<>();
        for (int from = 0; from < recordKeys.size(); from += CHUNK) {
            List<String> chunk = recordKeys.subList(from, Math.min(recordKeys.size(), from + CHUNK));
            Set<String> found = new HashSet<>();
            department
                    .jdbc()
                    .query(
                            table.keysQuery(chunk.size()),
                            row -> {
                                OutboxEntry entry = table.read(row).entry();
                                found.add(entry.key());
                                entries.add(entry);
                            },
                            table.keyParameters(chunk));
            chunk.stream().filter(k -> !found.contains(k)).forEach(k -> entries.add(table.deletion(k, now)));
        }
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Integer appended = store.execute(status -> {
            List<OutboxEntry> stamped = sent.resent(publish.resourceCode(), entries, at);
            outbox.append(stamped);
            return stamped.size();
        });
        sender.wake();
        return appended == null ? 0 : appended;
    }

    private SourceTable table(Publish publish) {
        List<String> problems = new ArrayList<>();
        SourceTable table = extraction.sourceTable(publish, problems);
        if (table == null) {
            throw new InvalidNodeConfigException(problems);
        }
        return table;
    }
}
