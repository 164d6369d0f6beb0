package org.govexchange.exchange.quarantine;

import java.time.Instant;
import java.util.List;

/**
 * The value of a message on {@code gx.quarantine.<provider>} (key: the uplink batch id): the problem data of one
 * uplink batch, returned to its provider (问题数据反馈).
 *
 * @param batchRejected true when the whole batch was refused (signature, provider, resource, malformed)
 */
public record QuarantineNotice(
        String batchId,
        String providerCode,
        String resourceCode,
        boolean batchRejected,
        List<Item> records,
        Instant at) {

    /** One rejected record with one broken rule (a record breaking several rules appears once per rule). */
    public record Item(String key, Long version, String field, String rule, String reason) {}
}
