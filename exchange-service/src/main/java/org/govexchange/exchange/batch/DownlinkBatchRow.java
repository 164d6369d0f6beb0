package org.govexchange.exchange.batch;

import java.time.Instant;

/**
 * A delivery to one subscriber ({@code downlink_batch}).
 *
 * @param state SENT, DELIVERED or DELIVERED_WITH_FAILURES
 * @param failures the receipt's failures as JSON (truncated), if any
 */
public record DownlinkBatchRow(
        String batchId,
        String departmentCode,
        String resourceCode,
        String grantId,
        String uplinkSender,
        String uplinkBatchId,
        String backfillId,
        int recordCount,
        String state,
        Instant sentAt,
        Instant deliveredAt,
        String nodeId,
        Integer appliedCount,
        Integer ignoredCount,
        Integer failedCount,
        String failures) {

    public static DownlinkBatchRow sent(
            String batchId,
            String departmentCode,
            String resourceCode,
            String grantId,
            String uplinkSender,
            String uplinkBatchId,
            String backfillId,
            int recordCount,
            Instant sentAt) {
        return new DownlinkBatchRow(
                batchId,
                departmentCode,
                resourceCode,
                grantId,
                uplinkSender,
                uplinkBatchId,
                backfillId,
                recordCount,
                "SENT",
                sentAt,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
