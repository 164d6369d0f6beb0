package org.govexchange.node.quarantine;

import java.time.Instant;
import java.util.List;

/**
 * A message on {@code gx.quarantine.<dept>} (key: the uplink batch id), as the hub writes it (exchange-service
 * {@code QuarantineNotice}): the problem records of one of this department's uplink batches.
 *
 * @param batchRejected true when the whole batch was refused (signature, provider, resource, malformed): then
 *     {@code records} holds one item without a key, naming the rule and reason
 */
record QuarantineNotice(
        String batchId,
        String providerCode,
        String resourceCode,
        boolean batchRejected,
        List<Item> records,
        Instant at) {

    QuarantineNotice {
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** One rejected record with one broken rule (a record breaking several rules comes once per rule). */
    record Item(String key, Long version, String field, String rule, String reason) {}
}
