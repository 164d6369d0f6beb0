package org.govexchange.catalog.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param reviewWorkingDays working days a provider has to decide on a CONDITIONAL application */
@ConfigurationProperties("gx.catalog.applications")
public record ApplicationProperties(Integer reviewWorkingDays) {

    public ApplicationProperties {
        reviewWorkingDays = reviewWorkingDays == null ? 10 : reviewWorkingDays;
    }
}
