package org.govexchange.node.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatusController {

    private final NodeStatusService status;

    StatusController(NodeStatusService status) {
        this.status = status;
    }

    /** Outbox size, extraction per source, application and lag per subscription, backfill progress. */
    @GetMapping("/node/status")
    NodeStatus status() {
        return status.status();
    }
}
