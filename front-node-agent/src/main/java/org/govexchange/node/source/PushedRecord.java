package org.govexchange.node.source;

import java.util.Map;

/**
 * A record a department system pushes to {@code POST /node/records/{resourceCode}}; checked by
 * {@link PushService} so every problem is reported with its index.
 *
 * @param key the record key (composite keys joined with '|')
 * @param op UPSERT or DELETE
 * @param version monotonic per key at the source, e.g. the update time in epoch milliseconds
 * @param data field → value: strings, numbers, booleans or null; dates as ISO-8601 strings
 */
public record PushedRecord(String key, String op, Long version, Map<String, Object> data) {}
