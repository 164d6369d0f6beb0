package org.govexchange.exchange.hubkey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishes the hub's public key to any authenticated caller, to check checkpoints and envelopes with. */
@Tag(name = "keys", description = "密钥 The hub's public signing key, for checking the envelopes it signs.")
@RestController
class HubKeyController {

    private final HubKey hubKey;

    HubKeyController(HubKey hubKey) {
        this.hubKey = hubKey;
    }

    @Operation(
            summary = "Get the hub's public key",
            description = "The key id, algorithm, PEM and JWK of the key the hub signs envelopes and receipts with.")
    @GetMapping("/api/exchange/keys/hub")
    HubKeyView hub() {
        return new HubKeyView(hubKey.keyId(), HubKey.ALGORITHM, hubKey.publicKeyPem(), hubKey.publicJwk());
    }
}
