package org.govexchange.basicdb.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govexchange.contracts.exchange.RecordOp;

/**
 * A validated source record in the database's terms: the normalised key and the fields the source stated,
 * as canonical strings (a null value: the source has none), in field order.
 */
public record IncomingRecord<F>(
        String key,
        String resourceCode,
        String sourceDept,
        long version,
        RecordOp op,
        String batchId,
        Map<F, String> values) {

    public IncomingRecord {
        // A copy that keeps the caller's (field) order and allows null values.
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
