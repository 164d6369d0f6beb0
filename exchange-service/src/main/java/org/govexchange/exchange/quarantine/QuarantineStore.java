package org.govexchange.exchange.quarantine;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Stores the rejected records of one uplink batch; called inside the uplink's database transaction. */
@Component
public class QuarantineStore {

    private static final int CHUNK = 500;

    private final QuarantineRecordMapper mapper;

    QuarantineStore(QuarantineRecordMapper mapper) {
        this.mapper = mapper;
    }

    /** Idempotent: a notice stored before (same provider, batch, position) adds nothing. */
    public void store(QuarantineNotice notice) {
        List<QuarantineRecord> rows = new ArrayList<>(notice.records().size());
        LocalDateTime at = LocalDateTime.ofInstant(notice.at(), ZoneOffset.UTC);
        int seq = 0;
        for (QuarantineNotice.Item item : notice.records()) {
            var row = new QuarantineRecord();
            row.setProviderCode(notice.providerCode());
            row.setBatchId(notice.batchId());
            row.setSeq(seq++);
            row.setResourceCode(notice.resourceCode());
            row.setRecordKey(truncate(item.key(), 255));
            row.setField(truncate(item.field(), 64));
            row.setRule(truncate(item.rule(), 32));
            row.setReason(truncate(item.reason(), 500));
            row.setCreatedAt(at);
            rows.add(row);
        }
        for (int i = 0; i < rows.size(); i += CHUNK) {
            mapper.insertIgnore(rows.subList(i, Math.min(rows.size(), i + CHUNK)));
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
