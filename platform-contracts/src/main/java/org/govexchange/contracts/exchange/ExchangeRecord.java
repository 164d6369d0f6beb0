package org.govexchange.contracts.exchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record inside an envelope. {@code version} is monotonic per key at the source; every sink ignores a
 * record older than what it holds, so redelivery is harmless.
 *
 * @param key the record's key (for a composite key, the key fields joined as the resource defines)
 * @param op upsert or delete
 * @param version monotonic per key at the source
 * @param data field code → value (strings, numbers, booleans; dates as ISO-8601 strings)
 */
public record ExchangeRecord(String key, RecordOp op, long version, Map<String, Object> data) {

    public ExchangeRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(op, "op");
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
