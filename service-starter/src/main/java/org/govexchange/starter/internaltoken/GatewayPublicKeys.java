package org.govexchange.starter.internaltoken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.govexchange.contracts.internaltoken.InternalTokenKeys;

/** Reads the gateway's public keys from the configured PEM (inline or file). */
final class GatewayPublicKeys {

    private static final String END = "-----END PUBLIC KEY-----";

    private GatewayPublicKeys() {}

    static List<ECPublicKey> from(InternalTokenProperties properties) {
        String pem = properties.publicKeyPem();
        if ((pem == null || pem.isBlank()) && properties.publicKeyFile() != null) {
            try {
                pem = Files.readString(Path.of(properties.publicKeyFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot read gx.internal-token.public-key-file " + properties.publicKeyFile(), e);
            }
        }
        if (pem == null || pem.isBlank()) {
            throw new IllegalStateException("gx.internal-token.enabled is true but neither "
                    + "gx.internal-token.public-key-file nor gx.internal-token.public-key-pem is set: "
                    + "this service cannot tell gateway requests from others.");
        }
        List<ECPublicKey> keys = new ArrayList<>();
        for (String block : pem.split(END)) {
            if (!block.isBlank()) {
                keys.add(InternalTokenKeys.readPublicKey(block + END));
            }
        }
        return keys;
    }
}
