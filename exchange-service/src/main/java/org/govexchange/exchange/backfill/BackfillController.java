package org.govexchange.exchange.backfill;

import org.govexchange.starter.security.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backfills: request one for a subscribed resource, follow its progress. */
@RestController
class BackfillController {

    private final BackfillService backfills;

    BackfillController(BackfillService backfills) {
        this.backfills = backfills;
    }

    @PostMapping("/api/exchange/subscriptions/{classification}/{sequence}/backfill")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BackfillStarted backfill(CurrentCaller caller, @PathVariable String classification, @PathVariable String sequence) {
        return backfills.request(caller, classification + "/" + sequence);
    }

    @GetMapping("/api/exchange/backfills/{backfillId}")
    BackfillView progress(CurrentCaller caller, @PathVariable String backfillId) {
        return backfills.view(caller, backfillId);
    }
}
