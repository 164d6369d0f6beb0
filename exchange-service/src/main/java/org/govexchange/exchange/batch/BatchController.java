package org.govexchange.exchange.batch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govexchange.starter.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/exchange/batches/{batchId}}: RECEIVED → ACCEPTED/PARTIALLY_REJECTED → DELIVERED per subscriber. */
@Tag(
        name = "batches",
        description = "批次 Status of a batch of records a front node delivered: accepted, quarantined, failed.")
@RestController
class BatchController {

    private final BatchService batches;

    BatchController(BatchService batches) {
        this.batches = batches;
    }

    @Operation(
            summary = "Get a batch's status",
            description =
                    "Counts of accepted, quarantined and failed records of one delivered batch; its provider (or a platform role) may read it.")
    @GetMapping("/api/exchange/batches/{batchId}")
    BatchView batch(
            CurrentCaller caller,
            @Parameter(description = "The batch id from the front node's receipt.", example = "b-20261101-000001")
                    @PathVariable
                    String batchId) {
        return batches.view(caller, batchId);
    }
}
