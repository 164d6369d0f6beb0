package org.govexchange.gateway.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Data routes whose service decides on a data subject's consent (用证授权) itself: a read there that names a
 * {@code consentId} is forwarded without a grant, with a token that carries no fields, and the service serves it
 * only if the consent covers it. Everywhere else a read needs a grant.
 *
 * @param paths route path prefixes (segment-wise) of consent-aware services
 */
@ConfigurationProperties("gx.gateway.consent")
public record ConsentProperties(@DefaultValue("/api/certificates") List<String> paths) {

    public boolean consentAware(String path) {
        for (String prefix : paths) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
