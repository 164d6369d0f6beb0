package org.govexchange.gateway.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govexchange.contracts.grant.FieldPolicy;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.grant.Masking;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.contracts.problem.GatewayCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.gateway.catalog.DataRoutes;
import org.govexchange.gateway.catalog.GrantCache;
import org.govexchange.gateway.catalog.ResourceRoute;
import org.govexchange.gateway.edge.CallRecord;
import org.govexchange.gateway.edge.CanonicalPath;
import org.govexchange.gateway.limits.DailyQuotas;
import org.govexchange.gateway.limits.RateLimitFilter;
import org.govexchange.gateway.problem.GatewayProblemException;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The rules of a data route (a path under a published resource's apiPath):
 *
 * <ul>
 *   <li>{@code X-GX-Purpose} ({@code [A-Z0-9_]{2,32}}) is required (400 PURPOSE_REQUIRED), {@code X-GX-Case-Id}
 *       at most 64 characters (400 CASE_ID_INVALID);
 *   <li>reads (GET, HEAD, and POST to …/verify, …/batch, …/verification) need the caller department's ACTIVE,
 *       unexpired API grant (403 GRANT_MISSING; 403 RESOURCE_NOT_SHARED for a NOT_SHARED resource), may narrow
 *       the fields with {@code ?fields=a,b} (403 FIELD_NOT_GRANTED naming the others) and count against the
 *       grant's daily quota (429 QUOTA_EXCEEDED);
 *   <li>on a consent-aware route ({@link ConsentProperties}), a read naming {@code consentId} without a grant is
 *       forwarded with a token that grants no field: the service serves it only under the holder's consent;
 *   <li>writes need a department caller, no grant: the service decides;
 *   <li>the caller's Authorization header is replaced by the internal token carrying all of the above.
 * </ul>
 *
 * Grants come from the {@link GrantCache}: no catalog round trip unless the cache misses.
 */
@Component
public class DataRouteFilter implements GlobalFilter, Ordered {

    public static final String PURPOSE_HEADER = "X-GX-Purpose";
    public static final String CASE_ID_HEADER = "X-GX-Case-Id";

    private static final Pattern PURPOSE = Pattern.compile("[A-Z0-9_]{2,32}");
    private static final int CASE_ID_MAX = 64;
    private static final Set<String> READ_ACTIONS = Set.of("verify", "batch", "verification");

    /** The query parameter naming a holder's consent on consent-aware routes. */
    static final String CONSENT_PARAMETER = "consentId";

    private final DataRoutes routes;
    private final ConsentProperties consent;
    private final GrantCache grants;
    private final DailyQuotas quotas;
    private final InternalTokenIssuer tokens;

    public DataRouteFilter(
            DataRoutes routes,
            ConsentProperties consent,
            GrantCache grants,
            DailyQuotas quotas,
            InternalTokenIssuer tokens) {
        this.routes = routes;
        this.consent = consent;
        this.grants = grants;
        this.quotas = quotas;
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        // The decoded path (…/%62atch is …/batch): what the service behind will see and act on.
        String path = CanonicalPath.decodedOf(exchange);
        return routes.resolve(path)
                .flatMap(route ->
                        route.isPresent() ? guard(exchange, chain, route.get(), path) : chain.filter(exchange));
    }

    private Mono<Void> guard(ServerWebExchange exchange, GatewayFilterChain chain, ResourceRoute route, String path) {
        ServerHttpRequest request = exchange.getRequest();
        CallRecord call = CallRecord.of(exchange);
        String purpose = request.getHeaders().getFirst(PURPOSE_HEADER);
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            return Mono.error(ProblemException.badRequest(
                    GatewayCodes.PURPOSE_REQUIRED,
                    "Every data request states its purpose: header " + PURPOSE_HEADER
                            + " with a purpose code of 2 to 32 characters A-Z, 0-9 or _."));
        }
        String caseId = request.getHeaders().getFirst(CASE_ID_HEADER);
        if (caseId != null && (caseId.isBlank() || caseId.length() > CASE_ID_MAX)) {
            return Mono.error(ProblemException.badRequest(
                    GatewayCodes.CASE_ID_INVALID,
                    "Header " + CASE_ID_HEADER + " (办件编号) has 1 to " + CASE_ID_MAX + " characters."));
        }
        String dept = call.consumerDept();
        if (!isRead(request.getMethod(), path)) {
            if (dept == null) {
                return Mono.error(new ProblemException(
                        403,
                        GatewayCodes.DEPARTMENT_REQUIRED,
                        "Only a department's system may write to " + route.apiPath() + "."));
            }
            return forward(exchange, chain, grantless(call, dept, route, purpose, caseId));
        }
        if (route.notShared()) {
            return Mono.error(new ProblemException(
                    403,
                    GatewayCodes.RESOURCE_NOT_SHARED,
                    "Resource " + route.code() + " is not shared (不予共享).",
                    Map.of("resource", route.code())));
        }
        if (dept == null) {
            return Mono.error(missing(route, "this caller is not a department's system"));
        }
        return grants.activeGrant(dept, route.code()).flatMap(found -> {
            GrantPolicy grant = found.filter(g -> g.usableOn(quotas.today())).orElse(null);
            if (grant == null) {
                if (consent.consentAware(path) && request.getQueryParams().containsKey(CONSENT_PARAMETER)) {
                    // No grant, but the holder's consent is named: the service checks it; the token grants nothing.
                    return forward(exchange, chain, grantless(call, dept, route, purpose, caseId));
                }
                return Mono.error(missing(route, "department " + dept + " holds no active API grant for it"));
            }
            Map<String, Masking> granted = new LinkedHashMap<>();
            for (FieldPolicy field : grant.fields()) {
                granted.put(field.code(), field.masking() == null ? Masking.FULL : field.masking());
            }
            Set<String> requested = requestedFields(request);
            List<String> refused = new ArrayList<>();
            for (String field : requested) {
                if (!granted.containsKey(field)) {
                    refused.add(field);
                }
            }
            if (!refused.isEmpty()) {
                return Mono.error(new ProblemException(
                        403,
                        GatewayCodes.FIELD_NOT_GRANTED,
                        "Field(s) " + String.join(", ", refused) + " are not granted to department " + dept
                                + " on resource " + route.code() + ".",
                        Map.of("fields", refused)));
            }
            Map<String, Masking> fields = new LinkedHashMap<>(granted);
            if (!requested.isEmpty()) {
                fields.keySet().retainAll(requested);
            }
            if (!quotas.tryConsume(grant.grantId(), grant.dailyQuota())) {
                return Mono.error(GatewayProblemException.retryAfter(
                        429,
                        GatewayCodes.QUOTA_EXCEEDED,
                        "Grant " + grant.grantId() + " has used its " + grant.dailyQuota()
                                + " calls for today; the quota resets at midnight.",
                        quotas.secondsUntilReset()));
            }
            call.granted(grant.grantId(), List.copyOf(fields.keySet()));
            return forward(
                    exchange,
                    chain,
                    new GrantContext(
                            call.requestId(),
                            dept,
                            call.clientId(),
                            grant.grantId(),
                            route.code(),
                            fields.keySet(),
                            fields,
                            purpose,
                            caseId));
        });
    }

    /** A token that grants no field: a write, or a read the service decides on a consent. */
    private static GrantContext grantless(
            CallRecord call, String dept, ResourceRoute route, String purpose, String caseId) {
        return new GrantContext(
                call.requestId(), dept, call.clientId(), null, route.code(), Set.of(), Map.of(), purpose, caseId);
    }

    private Mono<Void> forward(ServerWebExchange exchange, GatewayFilterChain chain, GrantContext context) {
        String token = tokens.sign(context);
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    // The internal token replaces the caller's credentials behind the door.
                    headers.remove(HttpHeaders.AUTHORIZATION);
                    headers.set(InternalToken.HEADER, token);
                })
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    static boolean isRead(HttpMethod method, String path) {
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return true;
        }
        if (!HttpMethod.POST.equals(method)) {
            return false;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return READ_ACTIONS.contains(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    private static Set<String> requestedFields(ServerHttpRequest request) {
        List<String> values = request.getQueryParams().get("fields");
        Set<String> requested = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String field : value.split(",")) {
                    if (!field.isBlank()) {
                        requested.add(field.trim());
                    }
                }
            }
        }
        return requested;
    }

    private static ProblemException missing(ResourceRoute route, String why) {
        return new ProblemException(
                403,
                GatewayCodes.GRANT_MISSING,
                "No grant for resource " + route.code() + ": " + why + ". Apply for one in the catalog.",
                Map.of("resource", route.code()));
    }

    @Override
    public int getOrder() {
        return RateLimitFilter.ORDER + 100;
    }
}
