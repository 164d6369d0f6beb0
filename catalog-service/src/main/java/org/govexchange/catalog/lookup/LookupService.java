package org.govexchange.catalog.lookup;

import java.util.List;
import org.govexchange.catalog.department.DepartmentKeyService;
import org.govexchange.catalog.department.DepartmentService;
import org.govexchange.catalog.department.DepartmentStatus;
import org.govexchange.catalog.department.DepartmentView;
import org.govexchange.catalog.department.KeyView;
import org.govexchange.catalog.grant.GrantService;
import org.govexchange.catalog.identity.TokenClients;
import org.govexchange.catalog.resource.ResourceService;
import org.govexchange.catalog.resource.ResourceSummary;
import org.govexchange.catalog.resource.ResourceView;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.grant.ShareMode;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers for our own services (role SERVICE): the gateway, the basic databases and the exchange ask who
 * may read what, which keys verify a department's envelopes, and what a resource's schema is. They cache
 * the answers and refresh them from {@code gx.catalog.events}.
 */
@Service
public class LookupService {

    private final GrantService grants;
    private final DepartmentService departments;
    private final DepartmentKeyService keys;
    private final ResourceService resources;
    private final TokenClients accounts;

    public LookupService(
            GrantService grants,
            DepartmentService departments,
            DepartmentKeyService keys,
            ResourceService resources,
            TokenClients accounts) {
        this.grants = grants;
        this.departments = departments;
        this.keys = keys;
        this.resources = resources;
        this.accounts = accounts;
    }

    /** The consumer's active grant; 404 {@code GRANT_MISSING} when there is none (or its department is suspended). */
    @Transactional(readOnly = true)
    public GrantPolicy activeGrant(String consumer, String resourceCode, ShareMode mode) {
        if (!departments.isActive(consumer)) {
            throw missing(consumer, resourceCode, mode);
        }
        return grants.activePolicy(consumer, resourceCode, mode)
                .orElseThrow(() -> missing(consumer, resourceCode, mode));
    }

    /**
     * The active grants of a resource in one mode, without those of suspended consumers: the hub fans a
     * resource out to exactly these subscribers.
     */
    @Transactional(readOnly = true)
    public List<GrantPolicy> activeGrants(String resourceCode, ShareMode mode) {
        resources.require(resourceCode);
        return grants.activePolicies(resourceCode, mode).stream()
                .filter(policy -> departments.isActive(policy.consumerCode()))
                .toList();
    }

    @Transactional(readOnly = true)
    public DepartmentKeys departmentKeys(String departmentCode) {
        DepartmentView department = departments.find(departmentCode);
        List<KeyView> valid =
                keys.list(departmentCode).stream().filter(KeyView::active).toList();
        return new DepartmentKeys(department.code(), department.status(), valid);
    }

    @Transactional(readOnly = true)
    public ResourceView schema(String resourceCode, Integer version) {
        ResourceView current = resources.require(resourceCode);
        return version == null ? current : resources.require(resourceCode, version);
    }

    @Transactional(readOnly = true)
    public List<ResourceSummary> routes() {
        return resources.publishedRoutes();
    }

    @Transactional(readOnly = true)
    public Revocations revocations() {
        List<String> suspended = departments.list().stream()
                .filter(d -> d.status() == DepartmentStatus.SUSPENDED)
                .map(DepartmentView::code)
                .sorted()
                .toList();
        List<Revocations.Client> clients = accounts.revokedClients().stream()
                .map(c -> new Revocations.Client(c.clientId(), c.notBefore()))
                .toList();
        return new Revocations(suspended, clients);
    }

    private static ProblemException missing(String consumer, String resourceCode, ShareMode mode) {
        return ProblemException.notFound(
                GrantService.GRANT_MISSING,
                "Department " + consumer + " holds no active " + mode + " grant for " + resourceCode + ".");
    }
}
