package org.govexchange.certificate.certificate;

import java.util.List;
import java.util.Map;

/**
 * A holder's certificates that a consent lets the caller see.
 *
 * @param matterCode the matter the consent was given for
 * @param remainingUses uses of the consent left after this request
 * @param certificates each as a record of the catalog resource, cut to the caller's grant
 */
public record CertificateList(
        String holderId,
        String consentId,
        String matterCode,
        int remainingUses,
        List<Map<String, Object>> certificates) {}
