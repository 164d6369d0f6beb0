package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "legal-entities",
        description = "法人基础信息 The register of legal entities: lookup, name search, verification and batch lookup,"
                + " each under a grant on the 法人基本信息 resource.")
@RestController
@RequestMapping("/api/legal-entities/entities")
class LegalEntityController {

    private final LegalEntityService entities;

    LegalEntityController(LegalEntityService entities) {
        this.entities = entities;
    }

    @Operation(
            summary = "Look up a legal entity by credit code",
            description = "Returns the entity with this unified social credit code, projected to the caller's grant"
                    + " (and ?fields=). A malformed code is 400 (CREDIT_CODE_FORMAT, CREDIT_CODE_CHECKSUM); an"
                    + " unregistered one 404 LEGAL_ENTITY_NOT_FOUND.")
    @ApiResponse(
            responseCode = "200",
            description = "The entity, as granted.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = GrantedEntity.class)))
    @GetMapping(value = "/{creditCode}", produces = "application/json")
    Map<String, Object> get(
            @Parameter(
                            description = "统一社会信用代码 18-character unified social credit code (GB 32100).",
                            schema = @Schema(pattern = "^[0-9A-Za-z]{18}$", example = "11100000000013338W"))
                    @PathVariable
                    String creditCode,
            @Parameter(hidden = true) GrantContext grant) {
        return entities.find(creditCode, grant);
    }

    /** Name search: {@code match=CONTAINS} (default) or {@code PREFIX}; at least 2 characters. */
    @Operation(
            summary = "Search legal entities by name",
            description = "Entities whose name contains (default) or starts with the query, at least 2 characters"
                    + " (400 NAME_QUERY_TOO_SHORT), projected to the grant; the grant must cover name. Pages past the"
                    + " 10,000th row are 400 PAGE_OUT_OF_RANGE.")
    @GetMapping
    SearchPage search(
            @Parameter(description = "At least 2 characters of the name.", example = "示例科技") @RequestParam String name,
            @Parameter(description = "CONTAINS (default) or PREFIX.") @RequestParam(defaultValue = "CONTAINS")
                    EntitySearch.Match match,
            @Parameter(description = "Only entities with this status.") @RequestParam(required = false)
                    EntityStatus status,
            @Parameter(
                            description = "Page number, from 1.",
                            schema = @Schema(minimum = "1", defaultValue = "1", format = "int64"))
                    @RequestParam(defaultValue = "1")
                    long page,
            @Parameter(
                            description = "Page size, 1 to 100.",
                            schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20", format = "int64"))
                    @RequestParam(defaultValue = "20")
                    long size,
            @Parameter(hidden = true) GrantContext grant) {
        return entities.search(name, match, status, page, size, grant);
    }

    @Operation(
            summary = "Verify a legal entity",
            description = "Does this credit code belong to an entity of this name (and legal representative, if"
                    + " given)? The answer says which submitted fields did not match and never carries a stored value.")
    @PostMapping("/verify")
    VerifyResult verify(@Valid @RequestBody VerifyEntityRequest request, @Parameter(hidden = true) GrantContext grant) {
        return entities.verify(request, grant);
    }

    @Operation(
            summary = "Look up to 100 legal entities",
            description = "Looks up to 100 credit codes at once: the found entities projected to the grant, the valid"
                    + " but unregistered codes, and the malformed ones with their reason code.")
    @PostMapping("/batch")
    EntityBatchResult batch(
            @Valid @RequestBody EntityBatchRequest request, @Parameter(hidden = true) GrantContext grant) {
        return entities.batch(request.creditCodes(), grant);
    }
}
