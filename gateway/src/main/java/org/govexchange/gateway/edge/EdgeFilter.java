package org.govexchange.gateway.edge;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.govexchange.contracts.audit.AuditChain;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.gateway.audit.AuditPublisher;
import org.govexchange.gateway.catalog.DataRoutes;
import org.govexchange.gateway.catalog.ResourceRoute;
import org.govexchange.gateway.problem.ProblemWebExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.util.context.Context;

/**
 * The first and last thing every request meets:
 *
 * <ul>
 *   <li>takes or generates {@code X-Request-Id}, returns it, forwards it, and puts it in the Reactor context
 *       and the MDC of the gateway's own log lines;
 *   <li>strips every client-supplied {@code X-GX-Internal-*} header, on every route;
 *   <li>renders any failure below it as problem+json here (not after it), so that it can then
 *   <li>time the request ({@code gx.gateway.requests}: route, consumer, status) and, for a data route,
 *       publish the audit event, allowed or denied, with the final status and the response body's size
 *       (counted as it is written, by {@link CountingResponse}) — without ever waiting for Kafka.
 * </ul>
 */
@Component
public class EdgeFilter implements WebFilter, Ordered {

    /** Before Spring Security (-100) and the body limit: even a 401 or 413 is timed and audited. */
    public static final int ORDER = -200;

    private static final Logger log = LoggerFactory.getLogger(EdgeFilter.class);
    private static final String INTERNAL_PREFIX = InternalToken.HEADER_PREFIX.toLowerCase(java.util.Locale.ROOT);

    private final ProblemWebExceptionHandler problems;
    private final DataRoutes routes;
    private final AuditPublisher audit;
    private final Meter.MeterProvider<Timer> timers;

    public EdgeFilter(
            ProblemWebExceptionHandler problems, DataRoutes routes, AuditPublisher audit, MeterRegistry registry) {
        this.problems = problems;
        this.routes = routes;
        this.audit = audit;
        this.timers = Timer.builder("gx.gateway.requests")
                .description("Requests through the gateway, by route, consumer department and status")
                .publishPercentileHistogram()
                .withRegistry(registry);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = RequestIds.takeOrGenerate(request.getHeaders().getFirst(RequestIds.HEADER));
        CallRecord call = new CallRecord(requestId, System.nanoTime());
        exchange.getAttributes().put(CallRecord.ATTRIBUTE, call);
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        ServerWebExchange cleaned = exchange.mutate()
                .request(request.mutate()
                        .headers(headers -> {
                            for (String name : java.util.List.copyOf(headers.headerNames())) {
                                if (name.toLowerCase(java.util.Locale.ROOT).startsWith(INTERNAL_PREFIX)) {
                                    headers.remove(name);
                                }
                            }
                            headers.set(RequestIds.HEADER, requestId);
                        })
                        .build())
                .response(new CountingResponse(exchange.getResponse(), call))
                .build();
        return chain.filter(cleaned)
                .onErrorResume(failure -> problems.handle(cleaned, failure))
                .doFinally(signal -> complete(cleaned, call, signal))
                .contextWrite(Context.of("requestId", requestId));
    }

    private void complete(ServerWebExchange exchange, CallRecord call, SignalType signal) {
        try {
            HttpStatusCode code = exchange.getResponse().getStatusCode();
            int status = signal == SignalType.CANCEL ? 499 : code == null ? 200 : code.value();
            long nanos = System.nanoTime() - call.startedNanos();
            Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
            String consumer = call.consumerDept() != null ? call.consumerDept() : "none";
            timers.withTags(Tags.of(
                            "route",
                            route == null ? "none" : route.getId(),
                            "consumer",
                            consumer,
                            "status",
                            Integer.toString(status)))
                    .record(nanos, TimeUnit.NANOSECONDS);
            String path = CanonicalPath.decodedOf(exchange);
            Optional<ResourceRoute> dataRoute = routes.match(path);
            if (dataRoute.isPresent()) {
                audit(exchange, call, dataRoute.get(), path, status, nanos);
            }
        } catch (RuntimeException e) {
            // Bookkeeping never fails a request.
            log.warn("request bookkeeping failed: {}", e.toString());
        }
    }

    private void audit(
            ServerWebExchange exchange, CallRecord call, ResourceRoute route, String path, int status, long nanos) {
        String denial = exchange.getAttribute(ProblemWebExceptionHandler.CODE_ATTRIBUTE);
        AuditResult result = status >= 500 || status == 499
                ? AuditResult.FAILED
                : denial != null && status >= 400 ? AuditResult.DENIED : AuditResult.ALLOWED;
        ServerHttpRequest request = exchange.getRequest();
        AuditEvent event = AuditEvent.builder(AuditKind.API_CALL)
                .occurredAt(Instant.now())
                .requestId(call.requestId())
                .actorDept(call.consumerDept())
                .actorClient(call.clientId())
                .targetResource(route.code())
                .providerDept(route.providerCode())
                .operation(request.getMethod().name() + " " + template(route, path))
                .result(result)
                // A status beyond 100..599 (only a broken downstream sends one) could not be stored: left out.
                .status(status >= AuditChain.MIN_STATUS && status <= AuditChain.MAX_STATUS ? status : null)
                .denialCode(denial)
                .fields(call.fields())
                .purpose(bounded(request.getHeaders().getFirst("X-GX-Purpose")))
                .caseId(bounded(request.getHeaders().getFirst("X-GX-Case-Id")))
                .latencyMs(nanos / 1_000_000)
                .responseBytes(call.responseBytes())
                .build();
        audit.publish(event);
        if (log.isDebugEnabled()) {
            try (MDC.MDCCloseable ignored = MDC.putCloseable("requestId", call.requestId())) {
                log.debug("{} {} -> {} {}", request.getMethod(), event.operation(), status, result);
            }
        }
    }

    /**
     * The path with identifiers replaced: {@code /api/population/persons/{id}}, {@code …/persons/verify}. An
     * id number never reaches the audit trail through the operation.
     */
    static String template(ResourceRoute route, String path) {
        StringBuilder template = new StringBuilder(route.apiPath());
        String rest = path.substring(Math.min(route.apiPath().length(), path.length()));
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            template.append('/').append(segment.matches("[a-z][a-z-]{0,31}") ? segment : "{id}");
        }
        return template.toString();
    }

    private static String bounded(String value) {
        return value == null || value.length() <= 64 ? value : value.substring(0, 64);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
