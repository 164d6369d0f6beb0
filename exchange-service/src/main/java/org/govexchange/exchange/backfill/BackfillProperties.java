package org.govexchange.exchange.backfill;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backfills ({@code gx.exchange.backfill.*}).
 *
 * @param batchSize records per downlink envelope
 * @param readTimeout how long reading the resource topic may go without progress before the run fails
 * @param onGrantCreated start a backfill when the catalog announces a new SUBSCRIPTION grant
 */
@ConfigurationProperties("gx.exchange.backfill")
public record BackfillProperties(
        @DefaultValue("500") int batchSize,
        @DefaultValue("60s") Duration readTimeout,
        @DefaultValue("true") boolean onGrantCreated) {}
