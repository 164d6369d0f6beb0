package org.govexchange.catalog.department;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param rotationOverlap how long a department's earlier keys stay valid after it registers a new one, so
 *     envelopes signed and queued before the switch still verify
 */
@ConfigurationProperties("gx.catalog.keys")
public record DepartmentKeyProperties(Duration rotationOverlap) {

    public DepartmentKeyProperties {
        rotationOverlap = rotationOverlap == null ? Duration.ofDays(7) : rotationOverlap;
    }
}
