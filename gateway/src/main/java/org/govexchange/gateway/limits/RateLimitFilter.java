package org.govexchange.gateway.limits;

import org.govexchange.contracts.problem.GatewayCodes;
import org.govexchange.gateway.edge.CallRecord;
import org.govexchange.gateway.problem.GatewayProblemException;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Per-department rate limit on every routed call of an authenticated caller: 429 RATE_LIMITED + Retry-After. */
@Component
public class RateLimitFilter implements GlobalFilter, Ordered {

    /** Before the data-route checks: a flood is turned away before any grant work. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private final DepartmentRateLimiter limiter;
    private final boolean enabled;

    public RateLimitFilter(DepartmentRateLimiter limiter, LimitProperties properties) {
        this.limiter = limiter;
        this.enabled = !properties.redisRateLimiter();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!enabled) {
            return chain.filter(exchange);
        }
        CallRecord call = CallRecord.of(exchange);
        String key = call.consumerDept() != null ? call.consumerDept() : call.clientId();
        if (key == null) {
            return chain.filter(exchange);
        }
        long wait = limiter.tryAcquire(key);
        if (wait > 0) {
            return Mono.error(GatewayProblemException.retryAfter(
                    429,
                    GatewayCodes.RATE_LIMITED,
                    "Too many requests from " + key + "; retry after " + wait + " s.",
                    wait));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
