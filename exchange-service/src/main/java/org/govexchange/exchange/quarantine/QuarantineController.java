package org.govexchange.exchange.quarantine;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/exchange/quarantine?provider=&resource=&page=&size=}: problem data (问题数据) and its reasons. */
@Tag(
        name = "quarantine",
        description =
                "隔离区 Records the hub refused (malformed, failing the resource schema, unknown source), kept for their provider to fix.")
@RestController
class QuarantineController {

    private final QuarantineService quarantine;

    QuarantineController(QuarantineService quarantine) {
        this.quarantine = quarantine;
    }

    @Operation(
            summary = "List quarantined records",
            description =
                    "Quarantined records, newest first, optionally of one provider department or resource. A department sees its own. page from 0, size 1 to 500 (else 400 VALIDATION_FAILED).")
    @GetMapping("/api/exchange/quarantine")
    QuarantinePage list(
            CurrentCaller caller,
            @Parameter(description = "Provider department (credit code).", example = "11100000000013338W")
                    @RequestParam(required = false)
                    String provider,
            @Parameter(description = "Resource code.", example = "101001/000001") @RequestParam(required = false)
                    String resource,
            @Parameter(
                            description = "Page number, from 0.",
                            schema = @Schema(minimum = "0", defaultValue = "0", format = "int32"))
                    @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(
                            description = "Page size, 1 to 500.",
                            schema = @Schema(minimum = "1", maximum = "500", defaultValue = "50", format = "int32"))
                    @RequestParam(defaultValue = "50")
                    int size) {
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
