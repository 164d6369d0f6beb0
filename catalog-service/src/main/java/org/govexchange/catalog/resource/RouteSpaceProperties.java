package org.govexchange.catalog.resource;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where resources may be served through the gateway: one path prefix per service that serves resource data.
 * A map (service → prefix), so a deployment or a test adds a service without repeating the others.
 *
 * @param services e.g. {@code population-db-service: /api/population/}; each prefix is canonical, starts
 *     with {@code /api/}, ends with {@code /} and touches no reserved path
 */
@ConfigurationProperties("gx.catalog.route-space")
public record RouteSpaceProperties(Map<String, String> services) {

    public RouteSpaceProperties {
        services = services == null || services.isEmpty()
                ? Map.of(
                        "population-db-service", "/api/population/",
                        "legal-entity-db-service", "/api/legal-entities/",
                        "certificate-service", "/api/certificates/")
                : Map.copyOf(services);
        services.forEach((service, prefix) -> {
            String bare = prefix == null ? "" : prefix.substring(0, Math.max(0, prefix.length() - 1));
            if (prefix == null
                    || !prefix.startsWith("/api/")
                    || !prefix.endsWith("/")
                    || !RouteSpace.isCanonical(bare)
                    || RouteSpace.reservedTouchedBy(bare).isPresent()) {
                throw new IllegalArgumentException("gx.catalog.route-space.services." + service
                        + " must be a canonical /api/…/ prefix outside the reserved paths: " + prefix);
            }
        });
    }
}
