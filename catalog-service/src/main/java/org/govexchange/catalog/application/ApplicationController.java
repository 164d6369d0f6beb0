package org.govexchange.catalog.application;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.govexchange.catalog.identity.Caller;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "applications",
        description =
                "共享申请 Applications by a department for access to another department's resource; the provider approves (becoming a grant) or rejects.")
@RestController
@RequestMapping("/api/catalog/applications")
class ApplicationController {

    private final ApplicationService applications;

    ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    /** 201; for an UNCONDITIONAL resource the application comes back APPROVED with its grantId. */
    @Operation(
            summary = "Apply for access to a resource",
            description =
                    "A consumer department asks for fields of a published resource, by API or subscription, stating its purpose and legal basis. Answers the pending application.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView submit(Caller caller, @Valid @RequestBody SubmitApplicationRequest request) {
        return applications.submit(caller, request);
    }

    /** {@code role} is {@code consumer} or {@code provider}. */
    @Operation(
            summary = "List applications",
            description =
                    "Applications the caller may see (its own department's, as consumer or provider; all for platform roles), optionally filtered.")
    @GetMapping
    List<ApplicationView> list(
            Caller caller,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) Boolean overdue) {
        return applications.list(caller, status, partyRole(role), overdue);
    }

    @Operation(
            summary = "Get an application",
            description = "One application with its requested fields and its decision, if any.")
    @GetMapping("/{id}")
    ApplicationView get(Caller caller, @PathVariable String id) {
        return applications.find(caller, id);
    }

    @Operation(
            summary = "Approve an application",
            description =
                    "The provider department approves, optionally narrowing fields, masking, quota and validity; the application becomes an active grant.")
    @PostMapping("/{id}/approve")
    ApplicationView approve(
            Caller caller,
            @PathVariable String id,
            @Valid @RequestBody(required = false) ApproveApplicationRequest body) {
        return applications.approve(
                caller, id, body == null ? new ApproveApplicationRequest(null, null, null, null, null) : body);
    }

    @Operation(
            summary = "Reject an application",
            description = "The provider department rejects a pending application with a reason.")
    @PostMapping("/{id}/reject")
    ApplicationView reject(Caller caller, @PathVariable String id, @Valid @RequestBody RejectApplicationRequest body) {
        return applications.reject(caller, id, body.reason());
    }

    private static PartyRole partyRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return PartyRole.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(ProblemCodes.VALIDATION_FAILED, "role is consumer or provider.");
        }
    }
}
