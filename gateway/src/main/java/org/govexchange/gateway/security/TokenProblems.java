package org.govexchange.gateway.security;

import org.govexchange.contracts.problem.GatewayCodes;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's failures, raised as problems: the gateway's error handling (outside the security filter
 * chain) renders them like every other error, so a 401 is problem+json {@code TOKEN_INVALID}.
 */
final class TokenProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof AuthenticationServiceException) {
            // The token could not be checked at all (e.g. the JWK set is unreachable): not the caller's fault.
            return Mono.error(new ProblemException(
                    503,
                    GatewayCodes.CATALOG_UNAVAILABLE,
                    "The gateway cannot check access tokens right now (the catalog's keys are unavailable); retry"
                            + " later."));
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        boolean missing = !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        return Mono.error(new ProblemException(
                401,
                GatewayCodes.TOKEN_INVALID,
                missing
                        ? "A bearer access token from the catalog (POST /oauth2/token) is required."
                        : "The bearer access token is malformed, expired or not signed by the catalog."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Mono.error(new ProblemException(403, ProblemCodes.FORBIDDEN, "This caller may not use this path."));
    }
}
