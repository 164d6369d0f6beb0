package org.govexchange.exchange.backfill;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backfills: request one for a subscribed resource, follow its progress. */
@Tag(name = "backfills", description = "回灌 Replays of a resource's current records to a subscriber department.")
@RestController
class BackfillController {

    private final BackfillService backfills;

    BackfillController(BackfillService backfills) {
        this.backfills = backfills;
    }

    @Operation(
            summary = "Request a backfill",
            description =
                    "Starts replaying every current record of the resource classification/sequence to the calling department, which needs an active SUBSCRIPTION grant on it (403 GRANT_MISSING). Answers 202 with the backfill id.")
    @PostMapping("/api/exchange/subscriptions/{classification}/{sequence}/backfill")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BackfillStarted backfill(
            CurrentCaller caller,
            @Parameter(description = "资源分类 The resource's classification code, e.g. 101001.") @PathVariable
                    String classification,
            @Parameter(description = "The resource's sequence within it, e.g. 000001.") @PathVariable String sequence) {
        return backfills.request(caller, classification + "/" + sequence);
    }

    @Operation(
            summary = "Get a backfill's progress",
            description =
                    "Status and record counts of one backfill; only its department (or a platform role) may read it.")
    @GetMapping("/api/exchange/backfills/{backfillId}")
    BackfillView progress(
            CurrentCaller caller,
            @Parameter(
                            description = "The id the backfill request answered with.",
                            example = "7d0f4f2c-6a3e-4c8b-9a51-2f1e0c3b9d11")
                    @PathVariable
                    String backfillId) {
        return backfills.view(caller, backfillId);
    }
}
