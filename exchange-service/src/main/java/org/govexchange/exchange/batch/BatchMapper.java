package org.govexchange.exchange.batch;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** uplink_batch and downlink_batch. Rows are written once; receipts fill in a delivery once. */
@Mapper
interface BatchMapper {

    String UPLINK_COLUMNS = "sender, batch_id, resource_code, state, reason, record_count, accepted_count,"
            + " rejected_count, stale_count, signature_ref, created_at, received_at, kafka_topic, kafka_partition,"
            + " kafka_offset";

    String DOWNLINK_COLUMNS = "batch_id, department_code, resource_code, grant_id, uplink_sender, uplink_batch_id,"
            + " backfill_id, record_count, state, sent_at, delivered_at, node_id, applied_count, ignored_count,"
            + " failed_count, failures";

    @Select(
            """
            <script>
            SELECT sender, batch_id, kafka_topic, kafka_partition, kafka_offset FROM uplink_batch
            WHERE sender = #{sender} AND batch_id IN
            <foreach collection="ids" item="id" open="(" separator="," close=")">#{id}</foreach>
            </script>
            """)
    List<SeenBatch> seen(@Param("sender") String sender, @Param("ids") List<String> batchIds);

    @Insert(
            """
            <script>
            INSERT IGNORE INTO uplink_batch (""" + UPLINK_COLUMNS
                    + """
            ) VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.sender}, #{r.batchId}, #{r.resourceCode}, #{r.state}, #{r.reason}, #{r.recordCount},
               #{r.acceptedCount}, #{r.rejectedCount}, #{r.staleCount}, #{r.signatureRef}, #{r.createdAt},
               #{r.receivedAt}, #{r.kafkaTopic}, #{r.kafkaPartition}, #{r.kafkaOffset})
            </foreach>
            </script>
            """)
    int insertUplinks(@Param("rows") List<UplinkBatchRow> rows);

    @Insert(
            """
            <script>
            INSERT IGNORE INTO downlink_batch (""" + DOWNLINK_COLUMNS
                    + """
            ) VALUES
            <foreach collection="rows" item="r" separator=",">
              (#{r.batchId}, #{r.departmentCode}, #{r.resourceCode}, #{r.grantId}, #{r.uplinkSender},
               #{r.uplinkBatchId}, #{r.backfillId}, #{r.recordCount}, #{r.state}, #{r.sentAt}, #{r.deliveredAt},
               #{r.nodeId}, #{r.appliedCount}, #{r.ignoredCount}, #{r.failedCount}, #{r.failures})
            </foreach>
            </script>
            """)
    int insertDownlinks(@Param("rows") List<DownlinkBatchRow> rows);

    /** The first receipt wins: a delivery already receipted is left as it is. */
    @Update(
            """
            UPDATE downlink_batch SET state = #{state}, delivered_at = #{at}, node_id = #{nodeId},
              applied_count = #{applied}, ignored_count = #{ignored}, failed_count = #{failed}, failures = #{failures}
            WHERE batch_id = #{batchId} AND department_code = #{department} AND state = 'SENT'
            """)
    int receipt(
            @Param("batchId") String batchId,
            @Param("department") String department,
            @Param("state") String state,
            @Param("at") LocalDateTime at,
            @Param("nodeId") String nodeId,
            @Param("applied") int applied,
            @Param("ignored") int ignored,
            @Param("failed") int failed,
            @Param("failures") String failures);

    @Select("SELECT " + UPLINK_COLUMNS + " FROM uplink_batch WHERE batch_id = #{batchId}")
    List<UplinkBatchRow> uplinks(@Param("batchId") String batchId);

    @Select("SELECT " + DOWNLINK_COLUMNS + " FROM downlink_batch WHERE batch_id = #{batchId}")
    List<DownlinkBatchRow> downlink(@Param("batchId") String batchId);

    @Select("SELECT " + DOWNLINK_COLUMNS
            + " FROM downlink_batch WHERE uplink_sender = #{sender} AND uplink_batch_id = #{batchId}"
            + " ORDER BY department_code")
    List<DownlinkBatchRow> deliveries(@Param("sender") String sender, @Param("batchId") String batchId);

    /** An uplink batch's position, for de-duplication. */
    record SeenBatch(String sender, String batchId, String kafkaTopic, int kafkaPartition, long kafkaOffset) {}
}
