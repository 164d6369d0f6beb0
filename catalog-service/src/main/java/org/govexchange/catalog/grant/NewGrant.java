package org.govexchange.catalog.grant;

import java.time.LocalDate;
import java.util.List;

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
