package org.govexchange.certificate.usage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "usage", description = "用证记录 Every use of a holder's certificates, for the holder's own review.")
@RestController
@Validated
class UsageController {

    private final UsageService usage;

    UsageController(UsageService usage) {
        this.usage = usage;
    }

    @GetMapping("/api/certificates/holders/{holderId}/usage")
    @Operation(
            summary = "List a holder's certificate usage",
            description = "Who used the holder's certificates, when, for which matter (CONSENT_ISSUER, acting for the"
                    + " holder it authenticated)")
    UsagePage usage(
            @PathVariable String holderId,
            // page × size stays within 1,000,000 rows: a deep offset is a 400, not a table scan.
            @RequestParam(defaultValue = "1") @Min(1) @Max(5000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return usage.history(holderId, page, size);
    }
}
