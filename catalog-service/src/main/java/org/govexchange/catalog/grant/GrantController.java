package org.govexchange.catalog.grant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.contracts.grant.GrantStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "grants",
        description = "授权 Grants: what a consumer department may read of a resource, with masking, quota and validity.")
@RestController
@RequestMapping("/api/catalog/grants")
class GrantController {

    private final GrantService grants;

    GrantController(GrantService grants) {
        this.grants = grants;
    }

    @Operation(
            summary = "List grants",
            description = "Grants the caller may see, optionally filtered by consumer, provider, resource or status.")
    @GetMapping
    List<GrantView> list(
            Caller caller,
            @RequestParam(required = false) String consumer,
            @RequestParam(required = false) String resource,
            @RequestParam(required = false) GrantStatus status) {
        return grants.list(caller, consumer, resource, status);
    }

    @Operation(summary = "Get a grant", description = "One grant with its fields and masking.")
    @GetMapping("/{id}")
    GrantView get(Caller caller, @PathVariable String id) {
        return grants.find(caller, id);
    }

    @Operation(
            summary = "Revoke a grant",
            description =
                    "The provider department (or a platform administrator) revokes an active grant; the gateway stops honouring it within seconds.")
    @PostMapping("/{id}/revoke")
    GrantView revoke(
            Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) RevokeGrantRequest body) {
        return grants.revoke(caller, id, body == null ? null : body.reason());
    }
}
