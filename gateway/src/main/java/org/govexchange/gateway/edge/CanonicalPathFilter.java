package org.govexchange.gateway.edge;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One canonical path (see {@link CanonicalPath}), decided before the body limit, Spring Security, routing,
 * the grant and quota checks: an ambiguous path is 400 {@code PATH_NOT_CANONICAL}; any other continues with
 * its request rewritten to the canonical encoding, so that what the gateway judges ({@code %62atch} is
 * {@code batch}) is byte for byte what it forwards and what the service decodes. Only {@link EdgeFilter}
 * runs earlier, so a rejection still carries its request id and is timed and audited.
 */
@Component
public class CanonicalPathFilter implements WebFilter, Ordered {

    public static final int ORDER = EdgeFilter.ORDER + 10;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String raw = request.getPath().value();
        CanonicalPath path;
        try {
            path = CanonicalPath.parse(raw);
        } catch (CanonicalPath.NotCanonical e) {
            return Mono.error(ProblemException.badRequest(
                    ProblemCodes.PATH_NOT_CANONICAL,
                    "The request path is ambiguous: " + e.getMessage()
                            + ". Send each segment percent-encoded once, without dot or empty segments,"
                            + " ; parameters or encoded / \\ ."));
        }
        exchange.getAttributes().put(CanonicalPath.ATTRIBUTE, path);
        if (path.encoded().equals(raw)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request.mutate().path(path.encoded()).build())
                .build());
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
