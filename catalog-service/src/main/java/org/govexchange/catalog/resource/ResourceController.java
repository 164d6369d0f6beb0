package org.govexchange.catalog.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.contracts.grant.ShareType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A resource code contains a slash ({@code 101001/000001}), so its two parts are two path segments:
 * {@code /api/catalog/resources/101001/000001}.
 */
@Tag(
        name = "resources",
        description =
                "资源 Data resources: their classification code, fields, sharing terms and API path; drafted, published and retired by their provider.")
@RestController
@RequestMapping("/api/catalog/resources")
class ResourceController {

    private final ResourceService resources;

    ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @Operation(
            summary = "Create a resource",
            description = "A provider department drafts a resource with its fields and sharing terms.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResourceView create(Caller caller, @Valid @RequestBody ResourceRequest request) {
        return resources.create(caller, request);
    }

    @Operation(summary = "Search resources", description = "Resources matching the filters, one page at a time.")
    @GetMapping
    ResourcePage search(
            Caller caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) ResourceCategory category,
            @RequestParam(required = false) ShareType shareType,
            @RequestParam(required = false) ResourceStatus status,
            @RequestParam(required = false) Long page,
            @RequestParam(required = false) Long size) {
        return resources.search(caller, new ResourceSearch(q, provider, category, shareType, status, page, size));
    }

    @Operation(summary = "Get a resource", description = "One resource by classification and sequence.")
    @GetMapping("/{classification}/{sequence}")
    ResourceView get(
            Caller caller,
            @PathVariable String classification,
            @PathVariable String sequence,
            @RequestParam(required = false) Integer version) {
        return resources.find(caller, classification + "/" + sequence, version);
    }

    @Operation(
            summary = "Update a resource",
            description = "Replaces a draft resource's description, fields and terms; its identity is immutable.")
    @PutMapping("/{classification}/{sequence}")
    ResourceView update(
            Caller caller,
            @PathVariable String classification,
            @PathVariable String sequence,
            @Valid @RequestBody ResourceRequest request) {
        return resources.update(caller, classification + "/" + sequence, request);
    }

    @Operation(
            summary = "Publish a resource",
            description = "Publishes a draft: it appears in the catalog and its API path becomes a data route.")
    @PostMapping("/{classification}/{sequence}/publish")
    ResourceView publish(Caller caller, @PathVariable String classification, @PathVariable String sequence) {
        return resources.publish(caller, classification + "/" + sequence);
    }

    @Operation(
            summary = "Retire a resource",
            description = "Retires a published resource; no new applications, existing grants end.")
    @PostMapping("/{classification}/{sequence}/retire")
    ResourceView retire(Caller caller, @PathVariable String classification, @PathVariable String sequence) {
        return resources.retire(caller, classification + "/" + sequence);
    }
}
