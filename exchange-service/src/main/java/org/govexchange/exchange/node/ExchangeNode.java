package org.govexchange.exchange.node;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A front-end exchange node as the hub knows it. */
@TableName("exchange_node")
public class ExchangeNode {

    @TableId(type = IdType.INPUT)
    private String nodeId;

    private String departmentCode;
    private String status;
    private LocalDateTime lastHeartbeatAt;
    private LocalDateTime registeredAt;
    private Long intervalMillis;
    private Long outboxSize;
    private String lagJson;
    private LocalDateTime lastSyncAt;

    public Long getIntervalMillis() {
        return intervalMillis;
    }

    public void setIntervalMillis(Long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    public Long getOutboxSize() {
        return outboxSize;
    }

    public void setOutboxSize(Long outboxSize) {
        this.outboxSize = outboxSize;
    }

    public String getLagJson() {
        return lagJson;
    }

    public void setLagJson(String lagJson) {
        this.lagJson = lagJson;
    }

    public LocalDateTime getLastSyncAt() {
        return lastSyncAt;
    }

    public void setLastSyncAt(LocalDateTime lastSyncAt) {
        this.lastSyncAt = lastSyncAt;
    }

    public String getNodeId() {
        return nodeId;
    }

    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDateTime getLastHeartbeatAt() {
        return lastHeartbeatAt;
    }

    public void setLastHeartbeatAt(LocalDateTime lastHeartbeatAt) {
        this.lastHeartbeatAt = lastHeartbeatAt;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public void setRegisteredAt(LocalDateTime registeredAt) {
        this.registeredAt = registeredAt;
    }
}
