package org.govexchange.node.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.govexchange.node.InvalidNodeConfigException;
import org.govexchange.node.NodeProperties.Subscribe;
import org.govexchange.node.department.DepartmentDatabase;
import org.springframework.stereotype.Component;

/** A subscribe target's rows as reconciliation reads and corrects them, outside the downlink's batches. */
@Component
public class TargetRows {

    /** One live row: its record key, version and hash of the mapped columns (comparable with what was delivered). */
    public record LiveRow(String recordKey, long version, byte[] rowHash) {}

    private final SinkService sink;
    private final DepartmentDatabase department;
    private final DeliveredRows delivered;

    TargetRows(SinkService sink, DepartmentDatabase department, DeliveredRows delivered) {
        this.sink = sink;
        this.department = department;
        this.delivered = delivered;
    }

    /** Streams every row not deleted (nor flagged as deleted) of the subscription's table. */
    public void eachLive(Subscribe subscribe, Consumer<LiveRow> action) {
        table(subscribe)
                .eachLiveRow(
                        department.jdbc(),
                        row -> action.accept(new LiveRow(row.recordKey(), row.version(), row.rowHash())));
    }

    /**
     * Removes (or flags) the rows of keys the hub holds no live record for, in one transaction of the department's
     * database, and remembers them as deleted.
     *
     * @return rows removed
     */
    public int remove(Subscribe subscribe, List<String> recordKeys) {
        if (recordKeys.isEmpty()) {
            return 0;
        }
        TargetTable table = table(subscribe);
        Integer removed = department.transaction().execute(status -> {
            try {
                return table.removeByKeys(department.jdbc(), recordKeys);
            } catch (TargetTable.ValueException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        delivered.forget(subscribe.resourceCode(), recordKeys);
        return removed == null ? 0 : removed;
    }

    private TargetTable table(Subscribe subscribe) {
        List<String> problems = new ArrayList<>();
        TargetTable table = sink.table(subscribe, problems);
        if (table == null) {
            throw new InvalidNodeConfigException(problems);
        }
        return table;
    }
}
