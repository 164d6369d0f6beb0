package org.govexchange.contracts.grant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an enforcement point (gateway, basic-database service, exchange hub) needs about a grant: the
 * body of the catalog's grant events on {@code gx.catalog.events} and of its grant lookup. Unknown members
 * are ignored, so peers of different versions still read it.
 *
 * @param resourceVersion the schema version the grant was given on
 * @param apiPath gateway path of the resource (null when it has none)
 * @param fields granted fields in catalog order, with their effective masking
 * @param dailyQuota calls per day; 0 or negative means unlimited
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GrantPolicy(
        String grantId,
        String consumerCode,
        String providerCode,
        String resourceCode,
        Integer resourceVersion,
        String apiPath,
        ShareType shareType,
        ShareMode mode,
        List<FieldPolicy> fields,
        Long dailyQuota,
        LocalDate validFrom,
        LocalDate validTo,
        GrantStatus status) {

    public GrantPolicy {
        fields = fields == null ? List.of() : List.copyOf(fields);
        dailyQuota = dailyQuota == null ? 0L : dailyQuota;
    }

    /** For the gateway: ACTIVE, API mode, and {@code today} within its validity. */
    public boolean usableOn(LocalDate today) {
        return status == GrantStatus.ACTIVE && mode == ShareMode.API && within(today);
    }

    /**
     * For the hub: a subscription to deliver on {@code today}. An absent status or mode reads as ACTIVE
     * SUBSCRIPTION, as the hub has always read the catalog's subscription lookup.
     */
    public boolean deliversOn(LocalDate today) {
        return (status == null || status == GrantStatus.ACTIVE)
                && (mode == null || mode == ShareMode.SUBSCRIPTION)
                && within(today);
    }

    private boolean within(LocalDate today) {
        return (validFrom == null || !today.isBefore(validFrom)) && (validTo == null || !today.isAfter(validTo));
    }
}
