package org.govexchange.exchange.hubkey;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the hub's public key to any authenticated caller, to check checkpoints and envelopes with. */
@RestController
class HubKeyController {

    private final HubKey hubKey;

    HubKeyController(HubKey hubKey) {
        this.hubKey = hubKey;
    }

    @GetMapping("/api/exchange/keys/hub")
    HubKeyView hub() {
        return new HubKeyView(hubKey.keyId(), HubKey.ALGORITHM, hubKey.publicKeyPem(), hubKey.publicJwk());
    }
}
