package org.govexchange.catalog.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminSecret secret of the bootstrap platform admin {@code gx-admin} (env GX_ADMIN_SECRET)
 * @param tokenTtl lifetime of access tokens, at most one hour
 * @param issuer value of the tokens' {@code iss} claim; empty derives it from the request URL
 * @param keyEncryptionSecret encrypts the token-signing private key at rest when set (env GX_CATALOG_KEY_SECRET)
 * @param bcryptStrength cost of client-secret hashes
 * @param audience added to every access token's {@code aud} (beside the client id the authorization server
 *     puts there), so a resource server can refuse tokens not meant for the platform
 */
@ConfigurationProperties("gx.catalog.identity")
public record IdentityProperties(
        String adminSecret,
        Duration tokenTtl,
        String issuer,
        String keyEncryptionSecret,
        Integer bcryptStrength,
        String audience) {

    public static final String DEFAULT_AUDIENCE = "gx-platform";

    public static final String ADMIN_CLIENT_ID = "gx-admin";
    public static final String LOCAL_ADMIN_SECRET = "gx-local-admin-secret";

    public IdentityProperties {
        tokenTtl = tokenTtl == null ? Duration.ofMinutes(30) : tokenTtl;
        if (tokenTtl.compareTo(Duration.ofHours(1)) > 0 || tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("gx.catalog.identity.token-ttl must be positive and at most 1h");
        }
        bcryptStrength = bcryptStrength == null ? 10 : bcryptStrength;
        audience = audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience;
    }
}
