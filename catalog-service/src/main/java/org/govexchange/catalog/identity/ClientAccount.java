package org.govexchange.catalog.identity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** An OAuth2 client (client credentials). {@code roles} is a comma-separated list of {@link Role}. */
@TableName("client_account")
public class ClientAccount {

    @TableId(type = IdType.INPUT)
    private String clientId;

    private String secretHash;
    private String roles;
    private String departmentCode;
    private String status;
    private LocalDateTime secretRotatedAt;
    private LocalDateTime tokensNotBefore;
    private LocalDateTime createdAt;
    private String createdBy;

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public void setSecretHash(String secretHash) {
        this.secretHash = secretHash;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
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

    public LocalDateTime getSecretRotatedAt() {
        return secretRotatedAt;
    }

    public void setSecretRotatedAt(LocalDateTime secretRotatedAt) {
        this.secretRotatedAt = secretRotatedAt;
    }

    /** Tokens issued (iat) before this instant (UTC) are revoked; null when none ever were. */
    public LocalDateTime getTokensNotBefore() {
        return tokensNotBefore;
    }

    public void setTokensNotBefore(LocalDateTime tokensNotBefore) {
        this.tokensNotBefore = tokensNotBefore;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }
}
