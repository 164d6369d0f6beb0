package org.govexchange.gateway.limits;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * One token bucket per department (or per client for callers without a department), in memory: right for
 * one gateway replica; several replicas share a budget through the Redis-backed limiter instead.
 */
@Component
public class DepartmentRateLimiter {

    private final LimitProperties properties;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public DepartmentRateLimiter(LimitProperties properties) {
        this.properties = properties;
    }

    /** 0 when the call may go ahead; otherwise the seconds to wait before the next token. */
    public long tryAcquire(String key) {
        return buckets.computeIfAbsent(key, k -> new TokenBucket(properties.bucketOf(k)))
                .tryAcquire(System.nanoTime());
    }

    static final class TokenBucket {

        private final double perNano;
        private final double capacity;
        private double tokens;
        private long refilledAt;

        TokenBucket(LimitProperties.Bucket bucket) {
            this.perNano = bucket.ratePerSecond() / 1e9;
            this.capacity = Math.max(1, bucket.burst());
            this.tokens = capacity;
            this.refilledAt = System.nanoTime();
        }

        synchronized long tryAcquire(long now) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            if (perNano <= 0) {
                return 60;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
