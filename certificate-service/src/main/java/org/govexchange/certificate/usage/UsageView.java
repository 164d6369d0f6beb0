package org.govexchange.certificate.usage;

import java.time.Instant;

/**
 * One use of the holder's certificate, as the holder sees it.
 *
 * @param consumerDept the department that used it
 * @param matterCode the matter (事项) it was used for, when the use was under a consent
 */
public record UsageView(
        String certificateId,
        String typeCode,
        String typeName,
        String consumerDept,
        String clientId,
        UsageAction action,
        String matterCode,
        String consentId,
        String purpose,
        String caseId,
        Instant usedAt) {}
