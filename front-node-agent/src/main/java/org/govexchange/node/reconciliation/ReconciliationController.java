package org.govexchange.node.reconciliation;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reconciliation on demand, local API: {@code POST /node/reconciliation/101001/000001?repair=false} starts one
 * (202 with its id), {@code GET /node/reconciliation/101001/000001} lists the latest runs, {@code GET
 * /node/reconciliation/runs/{id}} shows one with the keys it found.
 */
@RestController
class ReconciliationController {

    private final ReconciliationService reconciliation;

    ReconciliationController(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @PostMapping("/node/reconciliation/{category}/{sequence}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReconciliationView start(
            @PathVariable String category,
            @PathVariable String sequence,
            @RequestParam(required = false) Boolean repair) {
        return reconciliation.start(category + "/" + sequence, "API", repair);
    }

    @GetMapping("/node/reconciliation/{category}/{sequence}")
    List<ReconciliationView> history(@PathVariable String category, @PathVariable String sequence) {
        return reconciliation.history(category + "/" + sequence);
    }

    @GetMapping("/node/reconciliation/runs/{id}")
    ReconciliationView run(@PathVariable String id) {
        return reconciliation.run(id);
    }
}
