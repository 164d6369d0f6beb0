package org.govexchange.gateway.routing;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each route's circuit breaker protects callers from a failing service.
 *
 * @param timeout deadline of one routed call, from the request entering the route to the end of the
 *     downstream answer; beyond it the caller gets 504 {@code DOWNSTREAM_TIMEOUT}
 * @param routeTimeouts per-route deadlines overriding {@code timeout}, keyed by route id
 * @param openStateWait how long an open circuit answers 503 at once before letting trial calls through;
 *     short, so a restarted service is used again without restarting the gateway
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param slidingWindowSize number of recent calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed in the window before the failure rate counts
 * @param permittedCallsInHalfOpenState trial calls that decide whether the circuit closes again
 */
@ConfigurationProperties("gx.gateway.resilience")
public record ResilienceProperties(
        @DefaultValue("1500ms") Duration timeout,
        Map<String, Duration> routeTimeouts,
        @DefaultValue("5s") Duration openStateWait,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("20") int slidingWindowSize,
        @DefaultValue("10") int minimumNumberOfCalls,
        @DefaultValue("3") int permittedCallsInHalfOpenState) {

    public ResilienceProperties {
        routeTimeouts = routeTimeouts == null ? Map.of() : Map.copyOf(routeTimeouts);
    }

    Duration timeoutOf(String route) {
        return routeTimeouts.getOrDefault(route, timeout);
    }
}
