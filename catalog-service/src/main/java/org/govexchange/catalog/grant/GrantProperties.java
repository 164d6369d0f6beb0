package org.govexchange.catalog.grant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param expirySweepInterval how often grants past their validTo are marked EXPIRED (and announced) */
@ConfigurationProperties("gx.catalog.grants")
public record GrantProperties(Duration expirySweepInterval) {

    public GrantProperties {
        expirySweepInterval = expirySweepInterval == null ? Duration.ofMinutes(1) : expirySweepInterval;
    }
}
