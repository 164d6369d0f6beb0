package org.govexchange.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's one error model. Every error raised while the gateway handles a request — no route,
 * wrong method, a failed downstream reported by a circuit-breaker fallback, a defect — leaves as
 * {@code application/problem+json} with a stable {@code code}. Ordered before Boot's default handler
 * (order -1), which therefore never renders and never shows a stack trace.
 */
@Component
@Order(-2)
public class ProblemWebExceptionHandler implements ErrorWebExceptionHandler {

    /** Exchange attribute holding the code of the problem answered, for the audit trail and metrics. */
    public static final String CODE_ATTRIBUTE = ProblemWebExceptionHandler.class.getName() + ".code";

    private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

    private final JsonMapper json;

    public ProblemWebExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            // A downstream answer is already on the wire; nothing can replace it, the connection is dropped.
            log.warn("error after the response was committed: {}", failure.toString());
            return Mono.error(failure);
        }
        GatewayProblem problem = GatewayProblem.of(failure, exchange.getRequest());
        logFailure(problem, failure);
        exchange.getAttributes().put(CODE_ATTRIBUTE, problem.code());
        byte[] body = json.writeValueAsBytes(problem.body(exchange.getRequest()));
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        HttpHeaders headers = response.getHeaders();
        // Headers of a half-received downstream answer must not describe the problem body.
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        problem.headers().forEach(headers::put);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    private static void logFailure(GatewayProblem problem, Throwable failure) {
        if (problem.status() == 500) {
            log.error("unhandled error", failure);
        } else if (problem.status() >= 500) {
            log.debug("gateway answered {} {}: {}", problem.status(), problem.code(), failure.toString());
        } else if (log.isTraceEnabled()) {
            log.trace("gateway answered {} {}", problem.status(), problem.code(), failure);
        }
    }
}
