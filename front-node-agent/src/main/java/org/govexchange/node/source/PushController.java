package org.govexchange.node.source;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * For department systems that push instead of being polled. The resource code {@code 101001/000001} is two
 * path segments: {@code POST /node/records/101001/000001}. Loopback callers only, unless an API key is set
 * (see LocalApiGuard).
 */
@RestController
class PushController {

    private final PushService push;

    PushController(PushService push) {
        this.push = push;
    }

    /** 202: the records are in the outbox (durable), not yet at the hub. */
    @PostMapping("/node/records/{category}/{sequence}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PushResult push(
            @PathVariable String category, @PathVariable String sequence, @RequestBody List<PushedRecord> records) {
        return push.push(category + "/" + sequence, records);
    }
}
