package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.Map;
import org.govexchange.contracts.grant.GrantContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal-entity resource as the gateway serves it. Every call carries the gateway's internal token;
 * its grant decides which fields come back, how each is masked, and which fields a verification, batch or
 * search may compare.
 */
@RestController
@RequestMapping("/api/legal-entities/entities")
class LegalEntityController {

    private final LegalEntityService entities;

    LegalEntityController(LegalEntityService entities) {
        this.entities = entities;
    }

    @GetMapping("/{creditCode}")
    Map<String, Object> get(@PathVariable String creditCode, @Parameter(hidden = true) GrantContext grant) {
        return entities.find(creditCode, grant);
    }

    /** Name search: {@code match=CONTAINS} (default) or {@code PREFIX}; at least 2 characters. */
    @GetMapping
    SearchPage search(
            @RequestParam String name,
            @RequestParam(defaultValue = "CONTAINS") EntitySearch.Match match,
            @RequestParam(required = false) EntityStatus status,
            @RequestParam(defaultValue = "1") long page,
            @RequestParam(defaultValue = "20") long size,
            @Parameter(hidden = true) GrantContext grant) {
        return entities.search(name, match, status, page, size, grant);
    }

    @PostMapping("/verify")
    VerifyResult verify(@Valid @RequestBody VerifyEntityRequest request, @Parameter(hidden = true) GrantContext grant) {
        return entities.verify(request, grant);
    }

    @PostMapping("/batch")
    EntityBatchResult batch(
            @Valid @RequestBody EntityBatchRequest request, @Parameter(hidden = true) GrantContext grant) {
        return entities.batch(request.creditCodes(), grant);
    }
}
