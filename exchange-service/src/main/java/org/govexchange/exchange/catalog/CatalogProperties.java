package org.govexchange.exchange.catalog;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the hub reaches the catalog's lookup API ({@code gx.exchange.catalog.*}).
 *
 * @param url the catalog's base URL (the local stack's catalog by default)
 * @param clientId the SERVICE account's client id
 * @param clientSecret its secret ({@code GX_SERVICE_CLIENT_SECRET})
 * @param timeout connect and read timeout of one call
 * @param grantTtl how long a resource's subscription grants are cached: bounds how long a revoked grant still
 *     receives records when its {@code GRANT_REVOKED} event is missed
 * @param schemaTtl how long keys and schemas are cached (events invalidate them sooner)
 * @param zone the business zone in which the catalog dates grant validity ({@code gx.catalog.zone}): a grant valid
 *     from 12-04 delivers from midnight in Beijing, not from midnight UTC
 */
@ConfigurationProperties("gx.exchange.catalog")
public record CatalogProperties(
        @DefaultValue("http://127.0.0.1:8081") String url,
        @DefaultValue("gx-service") String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("5s") Duration grantTtl,
        @DefaultValue("60s") Duration schemaTtl,
        @DefaultValue("Asia/Shanghai") ZoneId zone) {}
