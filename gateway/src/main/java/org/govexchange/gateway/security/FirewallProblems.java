package org.govexchange.gateway.security;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall answers a bare 400 by default. Paths never get that far (the canonical-path
 * filter refuses them first, with its own code); what is left — a disallowed method, a control character in a
 * header, a bad host — is raised as a problem, rendered like every other error.
 */
@Component
class FirewallProblems implements ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        String reason = rejected.getMessage() == null ? "" : rejected.getMessage();
        if (reason.contains("HTTP method")) {
            return Mono.error(new ProblemException(
                    405,
                    ProblemCodes.METHOD_NOT_ALLOWED,
                    "Method " + exchange.getRequest().getMethod().name() + " is not allowed."));
        }
        return Mono.error(ProblemException.badRequest(
                ProblemCodes.MALFORMED_REQUEST,
                "The request was refused by the gateway's firewall (a header, host or method it does not accept)."));
    }
}
