package org.govexchange.catalog.grant;

import java.time.LocalDate;
import java.util.List;
import org.govexchange.contracts.grant.ShareMode;

/** What an approved application turns into. */
public record NewGrant(
        String applicationId,
        String consumerCode,
        String providerCode,
        String resourceCode,
        int resourceVersion,
        List<String> fields,
        List<String> plainFields,
        ShareMode mode,
        long dailyQuota,
        LocalDate validTo) {}
