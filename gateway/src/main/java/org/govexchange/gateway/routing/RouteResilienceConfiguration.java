package org.govexchange.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Configures the circuit breaker of every route (its id is the route id) from {@link ResilienceProperties}.
 * The time limiter is set here on purpose: Spring Cloud CircuitBreaker would otherwise cut every call at
 * Resilience4j's default of 1 s, whatever the route's timeout says.
 */
@Configuration(proxyBeanMethods = false)
class RouteResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeCircuitBreakers(ResilienceProperties resilience) {
        return factory -> factory.configureDefault(route -> new Resilience4JConfigBuilder(route)
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(resilience.slidingWindowSize())
                        .minimumNumberOfCalls(resilience.minimumNumberOfCalls())
                        .failureRateThreshold(resilience.failureRateThreshold())
                        .waitDurationInOpenState(resilience.openStateWait())
                        .permittedNumberOfCallsInHalfOpenState(resilience.permittedCallsInHalfOpenState())
                        // The gateway's own refusals (e.g. an oversized body) say nothing about the service.
                        .ignoreExceptions(ProblemException.class)
                        .build())
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(resilience.timeoutOf(route))
                        .cancelRunningFuture(true)
                        .build())
                .build());
    }
}
