package org.govexchange.node.quarantine;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /node/quarantine?state=open|resolved|all&resource=&page=0&size=50}: the records of this department the
 * hub refused, with rule and reason, newest first. Guarded like the push API (loopback, or the node's API key).
 */
@RestController
class QuarantineController {

    private final QuarantineService quarantine;

    QuarantineController(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @GetMapping("/node/quarantine")
    QuarantinePage list(
            @RequestParam(defaultValue = "open") String state,
            @RequestParam(required = false) String resource,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED, "page must be ≥ 0 and size between 1 and 500");
        }
        Boolean open =
                switch (state) {
                    case "open" -> true;
                    case "resolved" -> false;
                    case "all" -> null;
                    default ->
                        throw ProblemException.badRequest(
                                ProblemCodes.VALIDATION_FAILED, "state must be open, resolved or all");
                };
        return quarantine.list(open, resource == null || resource.isBlank() ? null : resource, page, size);
    }
}
