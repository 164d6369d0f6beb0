package org.govexchange.gateway.limits;

import org.govexchange.gateway.edge.CallRecord;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The rate-limit key of the Redis-backed {@code RequestRateLimiter} (profile {@code redis-rate-limit}): the
 * caller's department, else its client id. Same key as the in-memory limiter, so switching keeps the meaning.
 * Referenced in configuration as {@code "#{@departmentKeyResolver}"}.
 */
@Component("departmentKeyResolver")
public class DepartmentKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        CallRecord call = CallRecord.of(exchange);
        String key = call.consumerDept() != null ? call.consumerDept() : call.clientId();
        return key == null ? Mono.empty() : Mono.just(key);
    }
}
