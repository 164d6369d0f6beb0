package org.govexchange.certificate.certificate;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** The PDF/OFD file of a certificate; its SHA-256 is in the signed content. */
@TableName("certificate_attachment")
public class CertificateAttachment {

    @TableId(type = IdType.INPUT)
    private String certificateId;

    private byte[] content;

    public String getCertificateId() {
        return certificateId;
    }

    public void setCertificateId(String certificateId) {
        this.certificateId = certificateId;
    }

    public byte[] getContent() {
        return content;
    }

    public void setContent(byte[] content) {
        this.content = content;
    }
}
