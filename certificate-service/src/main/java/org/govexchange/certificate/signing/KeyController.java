package org.govexchange.certificate.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "keys", description = "签发密钥 The platform's certificate signing keys, published for offline verification.")
@RestController
@RequestMapping("/api/certificates/keys")
class KeyController {

    private final KeyRing keys;

    KeyController(KeyRing keys) {
        this.keys = keys;
    }

    @GetMapping
    @Operation(
            summary = "List the public issuing keys",
            description = "The platform's public issuing keys with their validity windows (any authenticated caller)")
    List<PublishedKey> keys() {
        return keys.published();
    }

    @PostMapping("/rotation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Rotate the issuing key",
            description = "Start signing with a new key; old keys stay published and verifiable (PLATFORM_ADMIN)")
    PublishedKey rotate() {
        return keys.rotate();
    }
}
