package org.govexchange.certificate.certificate;

import java.util.List;

/**
 * A holder's certificates that a consent lets the caller see.
 *
 * @param matterCode the matter the consent was given for
 * @param remainingUses uses of the consent left after this request
 */
public record CertificateList(
        String holderId, String consentId, String matterCode, int remainingUses, List<CertificateView> certificates) {}
