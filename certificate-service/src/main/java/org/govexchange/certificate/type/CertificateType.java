package org.govexchange.certificate.type;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import org.govexchange.contracts.schema.FieldSpec;

/** Persistent form of a certificate type (证照类型). */
@TableName("certificate_type")
public class CertificateType {

    @TableId(type = IdType.INPUT)
    private String typeCode;

    private String name;
    private String holderKind;
    /** JSON array of {@link FieldSpec}. */
    private String fieldSchema;

    private Integer validityDays;
    private LocalDateTime createdAt;
    private String createdBy;

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHolderKind() {
        return holderKind;
    }

    public void setHolderKind(String holderKind) {
        this.holderKind = holderKind;
    }

    public String getFieldSchema() {
        return fieldSchema;
    }

    public void setFieldSchema(String fieldSchema) {
        this.fieldSchema = fieldSchema;
    }

    public Integer getValidityDays() {
        return validityDays;
    }

    public void setValidityDays(Integer validityDays) {
        this.validityDays = validityDays;
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
