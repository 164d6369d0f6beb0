package org.govexchange.certificate.consent;

import java.util.Set;

/**
 * One use taken from a valid consent: what the consumer may see under it.
 *
 * @param certificateId when set, only this certificate is covered
 * @param remainingUses uses left after this one
 */
public record ConsentGrant(
        String consentId,
        String holderId,
        String consumerDept,
        String matterCode,
        Set<String> typeCodes,
        String certificateId,
        int remainingUses) {

    public boolean covers(String certificate, String typeCode) {
        if (certificateId != null) {
            return certificateId.equals(certificate);
        }
        return typeCodes.contains(typeCode);
    }

    public boolean coversType(String typeCode) {
        return typeCodes.contains(typeCode);
    }
}
