package org.govexchange.gateway.security;

import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.gateway.catalog.SuspendedDepartments;
import org.govexchange.gateway.edge.CallRecord;
import org.govexchange.gateway.problem.GatewayCodes;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Right after authentication: notes the caller (client id {@code sub}, department {@code dept}) on the
 * request's {@link CallRecord} and turns away a department the catalog has suspended since its token was
 * issued (401 DEPARTMENT_SUSPENDED, known from catalog events within about a second).
 */
final class CallerFilter implements WebFilter {

    static final String DEPT_CLAIM = "dept";

    private final SuspendedDepartments suspended;

    CallerFilter(SuspendedDepartments suspended) {
        this.suspended = suspended;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // From the Reactor context: the exchange's own principal is decorated only by a later security filter.
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .flatMap(token -> {
                    String dept = token.getToken().getClaimAsString(DEPT_CLAIM);
                    CallRecord.of(exchange).caller(token.getToken().getSubject(), dept);
                    if (suspended.isSuspended(dept)) {
                        return Mono.<Void>error(new ProblemException(
                                401,
                                GatewayCodes.DEPARTMENT_SUSPENDED,
                                "Department " + dept + " is suspended in the catalog; its tokens are refused."));
                    }
                    return Mono.<Void>empty();
                })
                .then(Mono.defer(() -> chain.filter(exchange)));
    }
}
