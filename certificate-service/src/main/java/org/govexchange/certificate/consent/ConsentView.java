package org.govexchange.certificate.consent;

import java.time.Instant;
import java.util.List;

/** A consent as the portal sees it; {@code status} accounts for expiry and used-up uses. */
public record ConsentView(
        String consentId,
        String holderId,
        String holderKind,
        List<String> typeCodes,
        String certificateId,
        String consumerDept,
        String matterCode,
        Instant validUntil,
        int maxUses,
        int remainingUses,
        ConsentStatus status,
        Instant createdAt,
        String createdBy,
        Instant withdrawnAt) {}
