package org.govexchange.catalog.grant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govexchange.contracts.grant.GrantStatus;
import org.govexchange.contracts.grant.ShareMode;

/**
 * A grant as the API shows it.
 *
 * @param fields the granted field codes
 * @param plainFields granted fields the consumer receives unmasked; every other masked field stays masked
 * @param validTo last day of validity (inclusive, platform zone)
 */
public record GrantView(
        String id,
        String applicationId,
        String consumerCode,
        String providerCode,
        String resourceCode,
        int resourceVersion,
        List<String> fields,
        List<String> plainFields,
        ShareMode mode,
        long dailyQuota,
        LocalDate validFrom,
        LocalDate validTo,
        GrantStatus status,
        Instant createdAt,
        Instant revokedAt,
        String revokedBy,
        String revokeReason) {}
