package org.govexchange.certificate.signing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's issuing key.
 *
 * @param algorithm SM2_SM3 (default) or ED25519; changing it rotates to a new key of that algorithm at start
 * @param keyDirectory where the private keys are kept as PEM files (owner-only); generated there when absent
 */
@ConfigurationProperties("gx.certificate.signing")
public record SigningProperties(
        @DefaultValue("SM2_SM3") SigningAlgorithm algorithm, @DefaultValue(".gx-local/keys") Path keyDirectory) {}
