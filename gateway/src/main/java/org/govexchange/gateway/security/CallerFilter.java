package org.govexchange.gateway.security;

import org.govexchange.contracts.problem.GatewayCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.gateway.catalog.Revocations;
import org.govexchange.gateway.edge.CallRecord;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Right after authentication: notes the caller (client id {@code sub}, department {@code dept}) on the
 * request's {@link CallRecord} and turns away what the catalog took back since the token was issued: a suspended
 * department (401 DEPARTMENT_SUSPENDED) and a token older than its client's revocation, e.g. a rotated secret
 * (401 TOKEN_REVOKED). Both are known from catalog events within about a second, and read from the catalog at
 * start; a gateway that could not read them yet answers 503 CATALOG_UNAVAILABLE rather than trust the token.
 */
final class CallerFilter implements WebFilter {

    static final String DEPT_CLAIM = "dept";

    private final Revocations revocations;

    CallerFilter(Revocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // From the Reactor context: the exchange's own principal is decorated only by a later security filter.
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .flatMap(token -> {
                    Jwt jwt = token.getToken();
                    String dept = jwt.getClaimAsString(DEPT_CLAIM);
                    CallRecord.of(exchange).caller(jwt.getSubject(), dept);
                    return revocations
                            .known()
                            .onErrorMap(e -> new ProblemException(
                                    503,
                                    GatewayCodes.CATALOG_UNAVAILABLE,
                                    "The catalog could not confirm that this caller's access still stands; retry"
                                            + " later."))
                            .then(Mono.defer(() -> check(jwt, dept)));
                })
                .then(Mono.defer(() -> chain.filter(exchange)));
    }

    private Mono<Void> check(Jwt jwt, String dept) {
        if (revocations.isSuspended(dept)) {
            return Mono.error(new ProblemException(
                    401,
                    GatewayCodes.DEPARTMENT_SUSPENDED,
                    "Department " + dept + " is suspended in the catalog; its tokens are refused."));
        }
        if (revocations.isRevoked(jwt.getSubject(), jwt.getIssuedAt())) {
            return Mono.error(new ProblemException(
                    401,
                    GatewayCodes.TOKEN_REVOKED,
                    "This access token was issued before its client's credentials were revoked or rotated;"
                            + " request a new one."));
        }
        return Mono.empty();
    }
}
