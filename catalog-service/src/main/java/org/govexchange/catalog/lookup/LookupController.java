package org.govexchange.catalog.lookup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "lookup", description = "内部查询 Lookups for the platform's own services (gateway, hub, nodes; role SERVICE).")
@RestController
@RequestMapping("/api/catalog/lookup")
class LookupController {

    private final LookupService lookup;

    LookupController(LookupService lookup) {
        this.lookup = lookup;
    }

    /** {@code GET /api/catalog/lookup/grants/active?consumer=…&resource=101001/000001&mode=API} */
    @Operation(
            summary = "Get the active grant of a department on a resource",
            description =
                    "The active API grant of a consumer department on a resource, as the gateway enforces it; 404 GRANT_MISSING if none.")
    @GetMapping("/grants/active")
    GrantPolicy activeGrant(
            @RequestParam String consumer,
            @RequestParam String resource,
            @RequestParam(defaultValue = "API") ShareMode mode) {
        return lookup.activeGrant(consumer, resource, mode);
    }

    /** {@code GET /api/catalog/lookup/grants?resource=101001/000001&mode=SUBSCRIPTION}: who receives the resource. */
    @Operation(summary = "List active grants", description = "Every active grant, for the gateway's grant cache.")
    @GetMapping("/grants")
    List<GrantPolicy> activeGrants(
            @RequestParam String resource, @RequestParam(defaultValue = "SUBSCRIPTION") ShareMode mode) {
        return lookup.activeGrants(resource, mode);
    }

    @Operation(
            summary = "Get a department's public keys",
            description = "The department's public signing keys, for the hub to verify envelopes.")
    @GetMapping("/departments/{code}/keys")
    DepartmentKeys keys(@PathVariable String code) {
        return lookup.departmentKeys(code);
    }

    @Operation(
            summary = "Get a resource's schema",
            description = "The resource with its fields, for validation by the hub.")
    @GetMapping("/resources/{classification}/{sequence}/schema")
    ResourceView schema(
            @PathVariable String classification,
            @PathVariable String sequence,
            @RequestParam(required = false) Integer version) {
        return lookup.schema(classification + "/" + sequence, version);
    }

    /** Suspended departments and revoked client tokens, for a gateway (re)starting. */
    @Operation(
            summary = "List token revocations",
            description = "Clients whose tokens issued before a time are revoked.")
    @GetMapping("/revocations")
    Revocations revocations() {
        return lookup.revocations();
    }

    /** Published resources with their gateway apiPath: how a gateway maps a route to a resource code. */
    @Operation(
            summary = "List data routes",
            description = "Published resources with their API paths, for the gateway's data routes.")
    @GetMapping("/routes")
    List<ResourceSummary> routes() {
        return lookup.routes();
    }
}
