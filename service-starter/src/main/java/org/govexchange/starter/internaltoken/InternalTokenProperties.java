package org.govexchange.starter.internaltoken;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Verification of the gateway's internal token.
 *
 * @param enabled whether this service requires the token (data services do)
 * @param protectedPaths path prefixes that need it
 * @param publicKeyFile PEM file with the gateway's public key(s); several blocks during a rotation
 * @param publicKeyPem the same, inline (tests, secrets injected as environment variables)
 */
@ConfigurationProperties("gx.internal-token")
public record InternalTokenProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("/api/") List<String> protectedPaths,
        String publicKeyFile,
        String publicKeyPem) {}
