package org.govexchange.certificate.consent;

import com.baomidou.mybatisplus.annotation.TableName;

/** A certificate type a consent covers. */
@TableName("consent_type")
public class ConsentType {

    private String consentId;
    private String typeCode;

    public ConsentType() {}

    ConsentType(String consentId, String typeCode) {
        this.consentId = consentId;
        this.typeCode = typeCode;
    }

    public String getConsentId() {
        return consentId;
    }

    public void setConsentId(String consentId) {
        this.consentId = consentId;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }
}
