package org.govexchange.starter.openapi;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govexchange.contracts.internaltoken.InternalToken;
import org.govexchange.contracts.problem.GatewayCodes;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.starter.security.SecurityProblemCodes;

/**
 * Every problem code a caller of one service can see, by HTTP status: the platform-wide ones every service's web
 * layer answers with, the gateway's for data routes, and the service's own ({@link ServiceApi#codes()}).
 */
final class ProblemCatalog {

    /** What every MVC service's web layer (problem handler, firewall, container limits) answers with. */
    private static final Map<Integer, Set<String>> PLATFORM = Map.ofEntries(
            Map.entry(
                    400,
                    Set.of(
                            ProblemCodes.MALFORMED_REQUEST,
                            ProblemCodes.VALIDATION_FAILED,
                            ProblemCodes.PATH_NOT_CANONICAL)),
            Map.entry(401, Set.of(SecurityProblemCodes.TOKEN_INVALID)),
            Map.entry(403, Set.of(ProblemCodes.FORBIDDEN)),
            Map.entry(404, Set.of(ProblemCodes.NOT_FOUND)),
            Map.entry(405, Set.of(ProblemCodes.METHOD_NOT_ALLOWED)),
            Map.entry(406, Set.of(ProblemCodes.NOT_ACCEPTABLE)),
            Map.entry(409, Set.of(ProblemCodes.CONFLICT)),
            Map.entry(413, Set.of(ProblemCodes.PAYLOAD_TOO_LARGE)),
            Map.entry(414, Set.of(ProblemCodes.URI_TOO_LONG)),
            Map.entry(415, Set.of(ProblemCodes.UNSUPPORTED_MEDIA_TYPE)),
            Map.entry(431, Set.of(ProblemCodes.HEADERS_TOO_LARGE)),
            Map.entry(500, Set.of(ProblemCodes.INTERNAL_ERROR)));

    /** The gateway's answers on a data route ({@link GatewayCodes}) and the internal token the service checks. */
    private static final Map<Integer, Set<String>> DATA_ROUTE = Map.ofEntries(
            Map.entry(400, Set.of(GatewayCodes.PURPOSE_REQUIRED, GatewayCodes.CASE_ID_INVALID)),
            Map.entry(401, Set.of(GatewayCodes.TOKEN_REVOKED, InternalToken.INVALID)),
            Map.entry(
                    403,
                    Set.of(
                            GatewayCodes.GRANT_MISSING,
                            GatewayCodes.RESOURCE_NOT_SHARED,
                            GatewayCodes.FIELD_NOT_GRANTED,
                            GatewayCodes.DEPARTMENT_REQUIRED,
                            GatewayCodes.DEPARTMENT_SUSPENDED,
                            InternalToken.WRONG_RESOURCE)),
            Map.entry(429, Set.of(GatewayCodes.RATE_LIMITED, GatewayCodes.QUOTA_EXCEEDED)),
            Map.entry(503, Set.of(GatewayCodes.CATALOG_UNAVAILABLE, ProblemCodes.DOWNSTREAM_UNAVAILABLE)),
            Map.entry(504, Set.of(ProblemCodes.DOWNSTREAM_TIMEOUT)));

    private final Map<Integer, Set<String>> all = new TreeMap<>();
    private final Map<Integer, Set<String>> dataRoute = new TreeMap<>();

    ProblemCatalog(ServiceApi api) {
        add(all, PLATFORM);
        add(all, api.codes());
        add(dataRoute, all);
        if (!api.dataPaths().isEmpty()) {
            add(dataRoute, DATA_ROUTE);
        }
    }

    private static void add(Map<Integer, Set<String>> into, Map<Integer, Set<String>> codes) {
        codes.forEach((status, list) ->
                into.computeIfAbsent(status, s -> new TreeSet<>()).addAll(list));
    }

    /** Codes at each status, for an operation on a data route or not. */
    Map<Integer, Set<String>> byStatus(boolean onDataRoute) {
        return onDataRoute ? dataRoute : all;
    }

    /** Every code the service's document names: the Problem schema's {@code code} enum. */
    Set<String> everyCode() {
        Set<String> codes = new TreeSet<>();
        dataRoute.values().forEach(codes::addAll);
        return codes;
    }
}
