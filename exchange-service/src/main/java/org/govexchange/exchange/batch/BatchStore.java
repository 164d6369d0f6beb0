package org.govexchange.exchange.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes batch rows; called inside the uplink's (or a backfill's) database transaction. */
@Component
public class BatchStore {

    private static final int CHUNK = 500;

    private final BatchMapper mapper;

    BatchStore(BatchMapper mapper) {
        this.mapper = mapper;
    }

    /** Where each of {@code batchIds} of {@code sender} was first seen: batch id → "topic-partition@offset". */
    public Map<String, String> seen(String sender, List<String> batchIds) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < batchIds.size(); i += CHUNK) {
            for (BatchMapper.SeenBatch row :
                    mapper.seen(sender, batchIds.subList(i, Math.min(batchIds.size(), i + CHUNK)))) {
                seen.put(row.batchId(), position(row.kafkaTopic(), row.kafkaPartition(), row.kafkaOffset()));
            }
        }
        return seen;
    }

    public static String position(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    /** Rows already stored (a replay after a crash) stay as they are. */
    public void recordUplinks(List<UplinkBatchRow> rows) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            mapper.insertUplinks(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
    }

    public void recordDownlinks(List<DownlinkBatchRow> rows) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            mapper.insertDownlinks(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
    }
}
