package org.govexchange.catalog;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone the zone business dates are counted in (review due dates, grant validity)
 */
@ConfigurationProperties("gx.catalog")
public record CatalogProperties(ZoneId zone) {

    public CatalogProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    }
}
