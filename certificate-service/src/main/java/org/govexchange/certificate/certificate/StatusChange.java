package org.govexchange.certificate.certificate;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One revocation, suspension or reinstatement. */
@TableName("certificate_status_change")
public class StatusChange {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String certificateId;
    private String fromStatus;
    private String toStatus;
    private String reason;
    private String actorDept;
    private String actorClient;
    private LocalDateTime changedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCertificateId() {
        return certificateId;
    }

    public void setCertificateId(String certificateId) {
        this.certificateId = certificateId;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public void setFromStatus(String fromStatus) {
        this.fromStatus = fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public void setToStatus(String toStatus) {
        this.toStatus = toStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getActorDept() {
        return actorDept;
    }

    public void setActorDept(String actorDept) {
        this.actorDept = actorDept;
    }

    public String getActorClient() {
        return actorClient;
    }

    public void setActorClient(String actorClient) {
        this.actorClient = actorClient;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public void setChangedAt(LocalDateTime changedAt) {
        this.changedAt = changedAt;
    }
}
