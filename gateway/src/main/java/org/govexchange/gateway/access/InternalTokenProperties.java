package org.govexchange.gateway.access;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's internal-token key and lifetime.
 *
 * @param privateKeyFile P-256 private key, PKCS#8 PEM. When the file does not exist the gateway generates a
 *     pair and writes the private key there (owner-only) and the public key next to it as {@code <file>.pub},
 *     which the services read through {@code gx.internal-token.public-key-file}
 * @param lifetime how long a token is valid (at most 60 s)
 */
@ConfigurationProperties("gx.gateway.internal-token")
public record InternalTokenProperties(
        @DefaultValue(".gx-local/keys/gateway-internal-token.pem") Path privateKeyFile,
        @DefaultValue("30s") Duration lifetime) {}
