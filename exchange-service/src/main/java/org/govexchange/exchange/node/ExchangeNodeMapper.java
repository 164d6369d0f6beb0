package org.govexchange.exchange.node;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ExchangeNodeMapper extends BaseMapper<ExchangeNode> {

    /**
     * Records a beat; an older beat arriving late does not move the node back, and a node id stays with the
     * department that reported it first (a beat naming another department's node changes nothing).
     */
    @Insert(
            """
            INSERT INTO exchange_node (node_id, department_code, status, last_heartbeat_at, registered_at,
              interval_millis, outbox_size, lag_json, last_sync_at)
            VALUES (#{n.nodeId}, #{n.departmentCode}, 'REPORTING', #{n.lastHeartbeatAt}, #{now}, #{n.intervalMillis},
              #{n.outboxSize}, #{n.lagJson}, #{n.lastSyncAt})
            ON DUPLICATE KEY UPDATE
              interval_millis = IF(department_code = VALUES(department_code)
                AND (VALUES(last_heartbeat_at) >= last_heartbeat_at OR last_heartbeat_at IS NULL),
                VALUES(interval_millis), interval_millis),
              outbox_size = IF(department_code = VALUES(department_code)
                AND (VALUES(last_heartbeat_at) >= last_heartbeat_at OR last_heartbeat_at IS NULL),
                VALUES(outbox_size), outbox_size),
              lag_json = IF(department_code = VALUES(department_code)
                AND (VALUES(last_heartbeat_at) >= last_heartbeat_at OR last_heartbeat_at IS NULL),
                VALUES(lag_json), lag_json),
              last_sync_at = IF(department_code = VALUES(department_code)
                AND (VALUES(last_heartbeat_at) >= last_heartbeat_at OR last_heartbeat_at IS NULL),
                VALUES(last_sync_at), last_sync_at),
              status = IF(department_code = VALUES(department_code), 'REPORTING', status),
              last_heartbeat_at = IF(department_code = VALUES(department_code),
                GREATEST(COALESCE(last_heartbeat_at, VALUES(last_heartbeat_at)), VALUES(last_heartbeat_at)),
                last_heartbeat_at)
            """)
    int beat(@Param("n") ExchangeNode node, @Param("now") LocalDateTime now);
}
