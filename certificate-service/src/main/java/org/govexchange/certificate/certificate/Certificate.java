package org.govexchange.certificate.certificate;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An issued certificate: the signed content plus its searchable projection and current status. */
@TableName("certificate")
public class Certificate {

    @TableId(type = IdType.INPUT)
    private String certificateId;

    private String typeCode;

    private String issuerDept;

    private String holderKind;

    private String holderId;

    private String holderName;

    private LocalDate validFrom;

    private LocalDate validTo;

    private LocalDateTime issuedAt;

    private String status;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String statusReason;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalDateTime statusChangedAt;

    private Long recordVersion;

    private String contentJson;

    private String signatureAlg;

    private String keyId;

    private String signature;

    private String attachmentName;

    private String attachmentMediaType;

    private Long attachmentSize;

    private String attachmentSha256;

    public String getCertificateId() {
        return certificateId;
    }

    public void setCertificateId(String certificateId) {
        this.certificateId = certificateId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getIssuerDept() {
        return issuerDept;
    }

    public void setIssuerDept(String issuerDept) {
        this.issuerDept = issuerDept;
    }

    public String getHolderKind() {
        return holderKind;
    }

    public void setHolderKind(String holderKind) {
        this.holderKind = holderKind;
    }

    public String getHolderId() {
        return holderId;
    }

    public void setHolderId(String holderId) {
        this.holderId = holderId;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(LocalDateTime issuedAt) {
        this.issuedAt = issuedAt;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public void setStatusChangedAt(LocalDateTime statusChangedAt) {
        this.statusChangedAt = statusChangedAt;
    }

    public Long getRecordVersion() {
        return recordVersion;
    }

    public void setRecordVersion(Long recordVersion) {
        this.recordVersion = recordVersion;
    }

    public String getContentJson() {
        return contentJson;
    }

    public void setContentJson(String contentJson) {
        this.contentJson = contentJson;
    }

    public String getSignatureAlg() {
        return signatureAlg;
    }

    public void setSignatureAlg(String signatureAlg) {
        this.signatureAlg = signatureAlg;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public void setAttachmentName(String attachmentName) {
        this.attachmentName = attachmentName;
    }

    public String getAttachmentMediaType() {
        return attachmentMediaType;
    }

    public void setAttachmentMediaType(String attachmentMediaType) {
        this.attachmentMediaType = attachmentMediaType;
    }

    public Long getAttachmentSize() {
        return attachmentSize;
    }

    public void setAttachmentSize(Long attachmentSize) {
        this.attachmentSize = attachmentSize;
    }

    public String getAttachmentSha256() {
        return attachmentSha256;
    }

    public void setAttachmentSha256(String attachmentSha256) {
        this.attachmentSha256 = attachmentSha256;
    }
}
