package org.govexchange.exchange.batch;

import java.time.Instant;

/**
 * An uplink batch as stored ({@code uplink_batch}).
 *
 * @param state RECEIVED, ACCEPTED, PARTIALLY_REJECTED or REJECTED
 * @param reason the batch-level rejection (SIGNATURE_INVALID, NOT_PROVIDER, RESOURCE_UNKNOWN, MALFORMED), if any
 * @param staleCount records ignored because the hub already holds a newer (or the same) version of their key
 */
public record UplinkBatchRow(
        String sender,
        String batchId,
        String resourceCode,
        String state,
        String reason,
        int recordCount,
        int acceptedCount,
        int rejectedCount,
        int staleCount,
        String signatureRef,
        Instant createdAt,
        Instant receivedAt,
        String kafkaTopic,
        int kafkaPartition,
        long kafkaOffset) {

    /** Whether this row was written for the record at exactly this Kafka position. */
    public boolean cameFrom(String topic, int partition, long offset) {
        return kafkaTopic.equals(topic) && kafkaPartition == partition && kafkaOffset == offset;
    }
}
