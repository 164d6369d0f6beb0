package org.govexchange.catalog.grant;

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

@RestController
@RequestMapping("/api/catalog/grants")
class GrantController {

    private final GrantService grants;

    GrantController(GrantService grants) {
        this.grants = grants;
    }

    @GetMapping
    List<GrantView> list(
            Caller caller,
            @RequestParam(required = false) String consumer,
            @RequestParam(required = false) String resource,
            @RequestParam(required = false) GrantStatus status) {
        return grants.list(caller, consumer, resource, status);
    }

    @GetMapping("/{id}")
    GrantView get(Caller caller, @PathVariable String id) {
        return grants.find(caller, id);
    }

    @PostMapping("/{id}/revoke")
    GrantView revoke(
            Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) RevokeGrantRequest body) {
        return grants.revoke(caller, id, body == null ? null : body.reason());
    }
}
