package org.govexchange.gateway.routing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Where every route's circuit breaker forwards a failed call ({@code fallbackUri: forward:/fallback/<route>}).
 * It tells the caller which of two things happened — the service could not be reached (503
 * {@code DOWNSTREAM_UNAVAILABLE}, also while the circuit is open) or it did not answer in time (504
 * {@code DOWNSTREAM_TIMEOUT}) — by raising a {@link ProblemException} that the gateway's error handler
 * renders like every other error.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamFallback {

    static final String PATH = "/fallback/{route}";

    private static final Logger log = LoggerFactory.getLogger(DownstreamFallback.class);

    @Bean
    RouterFunction<ServerResponse> downstreamFallbackRoute() {
        return RouterFunctions.route(RequestPredicates.path(PATH), DownstreamFallback::answer);
    }

    private static Mono<ServerResponse> answer(ServerRequest request) {
        Throwable failure = request.exchange().getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            // Reached from outside rather than forwarded by a circuit breaker: there is nothing here.
            return Mono.error(new ProblemException(
                    404,
                    ProblemCodes.NOT_FOUND,
                    "No route or resource matches " + request.method().name() + " " + request.path() + "."));
        }
        return Mono.error(problemFor(request.pathVariable("route"), failure));
    }

    static ProblemException problemFor(String route, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                // Raised by the gateway itself while the call was under way (e.g. a chunked body over the
                // limit): the caller gets that problem, not "downstream unavailable".
                return problem;
            }
        }
        if (failure instanceof CallNotPermittedException) {
            log.debug("route {} short-circuited: {}", route, failure.toString());
            return new ProblemException(
                    503,
                    ProblemCodes.DOWNSTREAM_UNAVAILABLE,
                    "The service behind route '" + route
                            + "' is failing and is not called for a few seconds; retry later.",
                    Map.of("route", route));
        }
        log.warn("route {} failed: {}", route, failure.toString());
        if (isTimeout(failure)) {
            return new ProblemException(
                    504,
                    ProblemCodes.DOWNSTREAM_TIMEOUT,
                    "The service behind route '" + route + "' did not answer in time.",
                    Map.of("route", route));
        }
        return new ProblemException(
                503,
                ProblemCodes.DOWNSTREAM_UNAVAILABLE,
                "The service behind route '" + route + "' cannot be reached; retry later.",
                Map.of("route", route));
    }

    /**
     * A deadline passed while waiting for the answer: the time limiter's or the HTTP client's. A connect
     * timeout is not one of them — the service is unreachable, whatever the exception's name says.
     */
    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return false;
            }
            if (cause instanceof TimeoutException
                    || cause instanceof io.netty.handler.timeout.TimeoutException
                    || (cause instanceof ResponseStatusException status
                            && status.getStatusCode().value() == 504)) {
                return true;
            }
        }
        return false;
    }
}
