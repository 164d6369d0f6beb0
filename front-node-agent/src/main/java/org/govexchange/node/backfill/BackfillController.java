package org.govexchange.node.backfill;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Re-runs the backfill of a subscribed resource: {@code POST /node/backfill/101001/000001}. Local API. */
@RestController
class BackfillController {

    private final BackfillService backfill;

    BackfillController(BackfillService backfill) {
        this.backfill = backfill;
    }

    @PostMapping("/node/backfill/{category}/{sequence}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BackfillRequested request(@PathVariable String category, @PathVariable String sequence) {
        return backfill.request(category + "/" + sequence);
    }
}
