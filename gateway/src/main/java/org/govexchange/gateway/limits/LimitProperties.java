package org.govexchange.gateway.limits;

import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Quotas and limits at the door.
 *
 * @param ratePerSecond tokens a department's bucket regains per second (in-memory limiter, one replica)
 * @param burst the bucket's size: requests a department may send at once
 * @param departments per-department {@code rate-per-second}/{@code burst} overrides, keyed by credit code
 * @param redisRateLimiter when true the in-memory limiter steps aside for Spring Cloud Gateway's Redis-backed
 *     {@code RequestRateLimiter} (several replicas sharing one budget; see docs/gateway.md)
 * @param maxBodySize largest request body accepted (413 PAYLOAD_TOO_LARGE beyond)
 * @param quotaZone the zone whose midnight resets the per-grant daily quotas
 */
@ConfigurationProperties("gx.gateway.limits")
public record LimitProperties(
        @DefaultValue("200") double ratePerSecond,
        @DefaultValue("400") long burst,
        Map<String, Bucket> departments,
        @DefaultValue("false") boolean redisRateLimiter,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("Asia/Shanghai") ZoneId quotaZone) {

    public LimitProperties {
        departments = departments == null ? Map.of() : Map.copyOf(departments);
    }

    public record Bucket(double ratePerSecond, long burst) {}

    Bucket bucketOf(String department) {
        Bucket own = departments.get(department);
        return own != null ? own : new Bucket(ratePerSecond, burst);
    }
}
