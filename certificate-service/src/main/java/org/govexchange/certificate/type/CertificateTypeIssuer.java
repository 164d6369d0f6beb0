package org.govexchange.certificate.type;

import com.baomidou.mybatisplus.annotation.TableName;

/** A department allowed to issue certificates of a type. */
@TableName("certificate_type_issuer")
public class CertificateTypeIssuer {

    private String typeCode;
    private String issuerDept;

    public CertificateTypeIssuer() {}

    CertificateTypeIssuer(String typeCode, String issuerDept) {
        this.typeCode = typeCode;
        this.issuerDept = issuerDept;
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
}
