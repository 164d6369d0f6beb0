package org.govexchange.gateway.catalog;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway talks to the catalog: its JWK set, its lookup API (as the SERVICE account) and its events.
 *
 * @param uri base URI of the catalog; {@code lb://catalog-service} goes through discovery (static or Nacos)
 * @param jwkSetUri the JWK set of the catalog's access tokens; default {@code <uri>/oauth2/jwks}
 * @param clientId the SERVICE account the lookups run as
 * @param clientSecret its secret ({@code GX_SERVICE_CLIENT_SECRET})
 * @param lookupTimeout how long a request waits for a lookup on a cache miss before 503 CATALOG_UNAVAILABLE
 * @param grantTtl how long a found grant is trusted without an event (events invalidate it earlier); a backstop
 *     for events lost while Kafka was unreachable
 * @param missingGrantTtl how long "no grant" is remembered; short, so a new grant is usable quickly
 * @param routesRefresh how often the data routes (published resources with an apiPath) are re-read
 * @param eventsTopic the catalog's event topic
 * @param issuer the {@code iss} every caller token must carry: the catalog's configured issuer
 *     ({@code gx.catalog.identity.issuer}); required, a token from any other issuer is refused
 * @param audience the {@code aud} every caller token must contain
 */
@ConfigurationProperties("gx.gateway.catalog")
public record CatalogProperties(
        @DefaultValue("lb://catalog-service") String uri,
        String jwkSetUri,
        @DefaultValue("gx-service") String clientId,
        String clientSecret,
        @DefaultValue("2s") Duration lookupTimeout,
        @DefaultValue("5m") Duration grantTtl,
        @DefaultValue("5s") Duration missingGrantTtl,
        @DefaultValue("60s") Duration routesRefresh,
        @DefaultValue("gx.catalog.events") String eventsTopic,
        String issuer,
        @DefaultValue("gx-platform") String audience) {

    public CatalogProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("gx.gateway.catalog.issuer is not set: the gateway pins the issuer of"
                    + " caller tokens to the catalog's gx.catalog.identity.issuer (GX_CATALOG_ISSUER)");
        }
    }

    public String effectiveJwkSetUri() {
        return jwkSetUri == null || jwkSetUri.isBlank() ? uri + "/oauth2/jwks" : jwkSetUri;
    }
}
