package org.govexchange.contracts.exchange;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record the hub accepted, as it stands on {@code gx.resource.<code>} (compacted; Kafka key = {@code key}):
 * the current state of that key of the resource. The basic databases and backfills read these.
 *
 * @param resourceCode the catalog resource
 * @param schemaVersion the resource schema version the record was validated against
 * @param key the record key
 * @param op upsert or delete
 * @param version monotonic per key at the source; sinks ignore older versions
 * @param data all fields of the record (not projected: only the hub and basic databases read this topic)
 * @param sourceDept credit code of the providing department
 * @param batchId the uplink batch it came in
 * @param acceptedAt when the hub accepted it
 */
public record ResourceRecord(
        String resourceCode,
        int schemaVersion,
        String key,
        RecordOp op,
        long version,
        Map<String, Object> data,
        String sourceDept,
        String batchId,
        Instant acceptedAt) {

    public ResourceRecord {
        Objects.requireNonNull(resourceCode, "resourceCode");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(sourceDept, "sourceDept");
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
