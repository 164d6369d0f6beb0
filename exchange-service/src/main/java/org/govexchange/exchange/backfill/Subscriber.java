package org.govexchange.exchange.backfill;

import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.exchange.catalog.CatalogCache;
import org.govexchange.exchange.catalog.CatalogModel;
import org.govexchange.exchange.catalog.CatalogUnavailableException;
import org.govexchange.starter.security.CurrentCaller;

/**
 * The calling department as a subscriber of a resource: its system or administrator, holding an active
 * SUBSCRIPTION grant on a shared resource. What backfills, repairs and reconciliation digests all require.
 */
public record Subscriber(String departmentCode, GrantPolicy grant, CatalogModel.Resource resource) {

    public static final String GRANT_MISSING = "GRANT_MISSING";

    public String resourceCode() {
        return grant.resourceCode();
    }

    /**
     * @throws ProblemException 403 FORBIDDEN (not a department system or admin), 400 (not a resource code), 403
     *     GRANT_MISSING, 503 when the catalog cannot confirm the grant
     */
    public static Subscriber of(CurrentCaller caller, String resourceCode, CatalogCache catalog) {
        String consumer =
                caller.hasRole("DEPT_SYSTEM") || caller.hasRole("DEPT_ADMIN") ? caller.departmentCode() : null;
        if (consumer == null) {
            throw new ProblemException(
                    403, ProblemCodes.FORBIDDEN, "only the subscribing department's system or admin may ask for this");
        }
        try {
            Topics.resource(resourceCode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(ProblemCodes.VALIDATION_FAILED, e.getMessage());
        }
        GrantPolicy grant;
        CatalogModel.Resource resource;
        try {
            grant = catalog.subscriptionGrant(resourceCode, consumer).orElse(null);
            resource =
                    grant == null ? null : catalog.resource(resourceCode, null).orElse(null);
        } catch (CatalogUnavailableException e) {
            throw new ProblemException(
                    503, ProblemCodes.DOWNSTREAM_UNAVAILABLE, "the catalog cannot confirm the grant; retry later");
        }
        if (grant == null || resource == null || resource.notShared()) {
            throw new ProblemException(
                    403, GRANT_MISSING, consumer + " holds no active SUBSCRIPTION grant on " + resourceCode);
        }
        return new Subscriber(consumer, grant, resource);
    }
}
