package org.govexchange.certificate.matter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.govexchange.certificate.usage.UsageActor;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "matters",
        description =
                "事项 Government matters and the certificate types they require (免提交: materials checked instead of submitted).")
@RestController
@RequestMapping("/api/certificates/matters")
class MatterController {

    private final MatterService matters;

    MatterController(MatterService matters) {
        this.matters = matters;
    }

    @PostMapping
    @Operation(
            summary = "Configure a matter",
            description = "Configure a matter (事项) with the certificate types it requires (PLATFORM_ADMIN)")
    ResponseEntity<MatterView> create(@Valid @RequestBody MatterRequest request) {
        MatterView created = matters.create(request);
        return ResponseEntity.created(URI.create("/api/certificates/matters/" + created.matterCode()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "List matters", description = "All configured matters")
    List<MatterView> list() {
        return matters.list();
    }

    @GetMapping("/{matterCode}")
    @Operation(summary = "Get a matter", description = "One matter and its required materials")
    MatterView get(@PathVariable String matterCode) {
        return matters.get(matterCode);
    }

    @GetMapping("/{matterCode}/materials")
    @Operation(
            summary = "Check a holder's materials for a matter",
            description = "For each required material: SATISFIED by a valid certificate, or MISSING / EXPIRED /"
                    + " REVOKED / … (免提交; DEPT_SYSTEM, under the holder's consent for this matter)")
    MaterialsAnswer materials(
            CurrentCaller caller,
            @PathVariable String matterCode,
            @RequestParam String holderId,
            @RequestParam(required = false) String consentId,
            @RequestHeader(name = "X-GX-Purpose", required = false) String purpose,
            @RequestHeader(name = "X-GX-Case-Id", required = false) String caseId,
            @RequestHeader(name = "X-Request-Id", required = false) String requestId) {
        UsageActor actor = new UsageActor(caller.departmentCode(), caller.clientId(), purpose, caseId, requestId);
        return matters.materials(actor, matterCode, holderId, consentId);
    }
}
