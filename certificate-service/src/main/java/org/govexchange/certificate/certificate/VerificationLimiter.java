package org.govexchange.certificate.certificate;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A fixed-window counter per department, in memory: enough for one instance; several instances each allow the
 * limit (the gateway's quotas still bound the whole). Departments are few, so windows are never evicted.
 */
@Component
class VerificationLimiter {

    private record Window(long startMillis, int calls) {}

    private final VerificationProperties properties;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    VerificationLimiter(VerificationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one call of {@code department}; over the limit throws 429 {@code VERIFICATION_RATE_LIMITED}. */
    void acquire(String department) {
        long now = clock.millis();
        long length = properties.window().toMillis();
        Window window = windows.compute(
                department,
                (key, old) -> old == null || now - old.startMillis() >= length
                        ? new Window(now, 1)
                        : new Window(
                                old.startMillis(), old.calls() == Integer.MAX_VALUE ? old.calls() : old.calls() + 1));
        if (window.calls() > properties.limit()) {
            long retryAfter = Math.max(1, (window.startMillis() + length - now + 999) / 1000);
            throw new VerificationRateLimitedException(
                    "Department " + department + " made more than " + properties.limit() + " verification calls in "
                            + properties.window() + "; retry after " + retryAfter + " s.",
                    retryAfter);
        }
    }
}
