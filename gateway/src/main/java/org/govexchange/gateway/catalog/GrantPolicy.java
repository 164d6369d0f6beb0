package org.govexchange.gateway.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.govexchange.contracts.grant.Masking;

/**
 * A grant as the catalog's lookup API and grant events describe it (the catalog's {@code GrantPolicy}).
 *
 * @param fields granted fields in catalog order, with their effective masking (NONE when plain is allowed)
 * @param dailyQuota calls per day; 0 or negative means unlimited
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GrantPolicy(
        String grantId,
        String consumerCode,
        String providerCode,
        String resourceCode,
        String apiPath,
        String shareType,
        String mode,
        List<FieldPolicy> fields,
        long dailyQuota,
        LocalDate validFrom,
        LocalDate validTo,
        String status) {

    public GrantPolicy {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** @param masking the masking to apply; NONE when the grant allows the plain value */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldPolicy(String code, Masking masking) {}

    /** ACTIVE, API mode, and {@code today} within its validity. */
    public boolean usableOn(LocalDate today) {
        return "ACTIVE".equals(status)
                && "API".equals(mode)
                && (validFrom == null || !today.isBefore(validFrom))
                && (validTo == null || !today.isAfter(validTo));
    }
}
