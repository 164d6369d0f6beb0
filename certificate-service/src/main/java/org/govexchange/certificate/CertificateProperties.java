package org.govexchange.certificate;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param zone the zone validity dates (validFrom, validTo) are counted in
 */
@ConfigurationProperties("gx.certificate")
public record CertificateProperties(ZoneId zone) {

    public CertificateProperties {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    }
}
