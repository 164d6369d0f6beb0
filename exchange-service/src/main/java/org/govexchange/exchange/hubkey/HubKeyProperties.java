package org.govexchange.exchange.hubkey;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hub's own signing key.
 *
 * @param hubKeyFile PKCS#8 PEM of the Ed25519 private key; generated (owner-only permissions) if absent
 */
@ConfigurationProperties("gx.exchange")
public record HubKeyProperties(@DefaultValue(".gx-local/keys/hub-ed25519.pem") Path hubKeyFile) {}
