package org.govexchange.exchange.quarantine;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/exchange/quarantine?provider=&resource=&page=&size=}: problem data (问题数据) and its reasons. */
@RestController
class QuarantineController {

    private final QuarantineService quarantine;

    QuarantineController(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @GetMapping("/api/exchange/quarantine")
    QuarantinePage list(
            CurrentCaller caller,
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) String resource,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED, "page must be ≥ 0 and size between 1 and 500");
        }
        return quarantine.list(caller, blankToNull(provider), blankToNull(resource), page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
