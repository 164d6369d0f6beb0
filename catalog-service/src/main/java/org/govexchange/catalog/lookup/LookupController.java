package org.govexchange.catalog.lookup;

import java.util.List;
import org.govexchange.catalog.resource.ResourceSummary;
import org.govexchange.catalog.resource.ResourceView;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.grant.ShareMode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Service-to-service lookups; the security configuration admits only the SERVICE role here. */
@RestController
@RequestMapping("/api/catalog/lookup")
class LookupController {

    private final LookupService lookup;

    LookupController(LookupService lookup) {
        this.lookup = lookup;
    }

    /** {@code GET /api/catalog/lookup/grants/active?consumer=…&resource=101001/000001&mode=API} */
    @GetMapping("/grants/active")
    GrantPolicy activeGrant(
            @RequestParam String consumer,
            @RequestParam String resource,
            @RequestParam(defaultValue = "API") ShareMode mode) {
        return lookup.activeGrant(consumer, resource, mode);
    }

    /** {@code GET /api/catalog/lookup/grants?resource=101001/000001&mode=SUBSCRIPTION}: who receives the resource. */
    @GetMapping("/grants")
    List<GrantPolicy> activeGrants(
            @RequestParam String resource, @RequestParam(defaultValue = "SUBSCRIPTION") ShareMode mode) {
        return lookup.activeGrants(resource, mode);
    }

    @GetMapping("/departments/{code}/keys")
    DepartmentKeys keys(@PathVariable String code) {
        return lookup.departmentKeys(code);
    }

    @GetMapping("/resources/{classification}/{sequence}/schema")
    ResourceView schema(
            @PathVariable String classification,
            @PathVariable String sequence,
            @RequestParam(required = false) Integer version) {
        return lookup.schema(classification + "/" + sequence, version);
    }

    /** Suspended departments and revoked client tokens, for a gateway (re)starting. */
    @GetMapping("/revocations")
    Revocations revocations() {
        return lookup.revocations();
    }

    /** Published resources with their gateway apiPath: how a gateway maps a route to a resource code. */
    @GetMapping("/routes")
    List<ResourceSummary> routes() {
        return lookup.routes();
    }
}
