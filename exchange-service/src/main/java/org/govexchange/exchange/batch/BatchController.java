package org.govexchange.exchange.batch;

import org.govexchange.starter.security.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/exchange/batches/{batchId}}: RECEIVED → ACCEPTED/PARTIALLY_REJECTED → DELIVERED per subscriber. */
@RestController
class BatchController {

    private final BatchService batches;

    BatchController(BatchService batches) {
        this.batches = batches;
    }

    @GetMapping("/api/exchange/batches/{batchId}")
    BatchView batch(CurrentCaller caller, @PathVariable String batchId) {
        return batches.view(caller, batchId);
    }
}
