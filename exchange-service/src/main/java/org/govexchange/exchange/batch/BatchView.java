package org.govexchange.exchange.batch;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/exchange/batches/{batchId}}: an uplink batch with its deliveries, or (for a downlink batch id)
 * just that delivery in {@code deliveries} and no uplink part.
 */
public record BatchView(String batchId, Uplink uplink, List<Delivery> deliveries) {

    public record Uplink(
            String sender,
            String resourceCode,
            String state,
            String reason,
            int records,
            int accepted,
            int rejected,
            int stale,
            Instant createdAt,
            Instant receivedAt) {}

    public record Delivery(
            String batchId,
            String departmentCode,
            String resourceCode,
            String grantId,
            String uplinkBatchId,
            String backfillId,
            int records,
            String state,
            Instant sentAt,
            Instant deliveredAt,
            String nodeId,
            Integer applied,
            Integer ignored,
            Integer failed,
            String failures) {

        static Delivery of(DownlinkBatchRow row) {
            return new Delivery(
                    row.batchId(),
                    row.departmentCode(),
                    row.resourceCode(),
                    row.grantId(),
                    row.uplinkBatchId(),
                    row.backfillId(),
                    row.recordCount(),
                    row.state(),
                    row.sentAt(),
                    row.deliveredAt(),
                    row.nodeId(),
                    row.appliedCount(),
                    row.ignoredCount(),
                    row.failedCount(),
                    row.failures());
        }
    }
}
