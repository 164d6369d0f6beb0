package org.govexchange.catalog.application;

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

@RestController
@RequestMapping("/api/catalog/applications")
class ApplicationController {

    private final ApplicationService applications;

    ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    /** 201; for an UNCONDITIONAL resource the application comes back APPROVED with its grantId. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView submit(Caller caller, @Valid @RequestBody SubmitApplicationRequest request) {
        return applications.submit(caller, request);
    }

    /** {@code role} is {@code consumer} or {@code provider}. */
    @GetMapping
    List<ApplicationView> list(
            Caller caller,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) Boolean overdue) {
        return applications.list(caller, status, partyRole(role), overdue);
    }

    @GetMapping("/{id}")
    ApplicationView get(Caller caller, @PathVariable String id) {
        return applications.find(caller, id);
    }

    @PostMapping("/{id}/approve")
    ApplicationView approve(
            Caller caller,
            @PathVariable String id,
            @Valid @RequestBody(required = false) ApproveApplicationRequest body) {
        return applications.approve(
                caller, id, body == null ? new ApproveApplicationRequest(null, null, null, null, null) : body);
    }

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
