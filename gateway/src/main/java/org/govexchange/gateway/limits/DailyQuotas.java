package org.govexchange.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Calls per grant per day (the grant's {@code dailyQuota}; 0 or less means unlimited), counted in memory and
 * reset at midnight in {@code gx.gateway.limits.quota-zone}. With several replicas each counts its own calls.
 */
@Component
public class DailyQuotas {

    private record Day(String grantId, LocalDate date) {}

    private final ConcurrentHashMap<Day, AtomicLong> counters = new ConcurrentHashMap<>();
    private final LimitProperties properties;
    private final Clock clock;

    public DailyQuotas(LimitProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one call; false when the grant's quota for today is used up (the call is then not counted). */
    public boolean tryConsume(String grantId, long dailyQuota) {
        if (dailyQuota <= 0 || grantId == null) {
            return true;
        }
        LocalDate today = today();
        AtomicLong used = counters.computeIfAbsent(new Day(grantId, today), d -> {
            counters.keySet().removeIf(old -> old.date().isBefore(today));
            return new AtomicLong();
        });
        long after = used.incrementAndGet();
        if (after > dailyQuota) {
            used.decrementAndGet();
            return false;
        }
        return true;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.quotaZone()));
    }

    /** Seconds until the quotas reset. */
    public long secondsUntilReset() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(properties.quotaZone()));
        ZonedDateTime midnight = now.toLocalDate().plusDays(1).atStartOfDay(properties.quotaZone());
        return Math.max(1, Duration.between(now, midnight).toSeconds());
    }
}
