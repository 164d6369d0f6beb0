package org.govexchange.catalog.grant;

import java.time.LocalDate;
import java.util.List;
import org.govexchange.catalog.resource.ShareType;

/**
 * Everything an enforcement point (gateway, basic-database service, exchange) needs about a grant; the body
 * of grant events on {@code gx.catalog.events} and of the lookup API.
 *
 * @param apiPath gateway path of the resource (null when it has none)
 */
public record GrantPolicy(
        String grantId,
        String consumerCode,
        String providerCode,
        String resourceCode,
        int resourceVersion,
        String apiPath,
        ShareType shareType,
        ShareMode mode,
        List<FieldPolicy> fields,
        long dailyQuota,
        LocalDate validFrom,
        LocalDate validTo,
        GrantStatus status) {}
