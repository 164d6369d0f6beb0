package org.govexchange.contracts.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a node sends to {@link Topics#receipt} of its department (Kafka key: batchId) after it committed a downlink
 * batch to its department's database. A redelivered batch changes nothing at the node and gets the same receipt
 * again, so the hub keeps the first per (batchId, departmentCode) and ignores repeats.
 *
 * @param batchId the downlink envelope's batch id
 * @param nodeId the node that applied it
 * @param departmentCode the node's department (credit code), the subscriber
 * @param resourceCode the envelope's resource
 * @param applied records written (inserted, updated, deleted or flagged)
 * @param ignored records not newer than what the target already held (or duplicates within the batch)
 * @param failed records the node could not apply, with why; a refused envelope (bad hub signature, resource
 *     not subscribed here) lists every record
 * @param at when the node committed the batch
 */
public record Receipt(
        String batchId,
        String nodeId,
        String departmentCode,
        String resourceCode,
        int applied,
        int ignored,
        List<Failure> failed,
        Instant at) {

    public Receipt {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(at, "at");
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    /**
     * One record the node could not apply.
     *
     * @param key the record key
     * @param reason a stable code, a colon and a message, e.g. {@code COLUMN_VALUE: name is too long}
     */
    public record Failure(String key, String reason) {}
}
