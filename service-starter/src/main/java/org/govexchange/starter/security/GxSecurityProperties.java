package org.govexchange.starter.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Resource-server settings ({@code gx.security.*}).
 *
 * @param enabled false turns the whole auto-configuration off (a service that wires security itself)
 * @param jwkSetUri where the catalog publishes its token-signing keys; unset means
 *     {@code ${gx.services.catalog:http://127.0.0.1:8081}/oauth2/jwks}
 */
@ConfigurationProperties("gx.security")
public record GxSecurityProperties(@DefaultValue("true") boolean enabled, String jwkSetUri) {

    /** The default JWK set location, resolved against the environment at startup. */
    public static final String DEFAULT_JWK_SET_URI = "${gx.services.catalog:http://127.0.0.1:8081}/oauth2/jwks";
}
