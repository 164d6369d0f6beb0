package org.govexchange.node.reconciliation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gx.node.reconciliation.*}: how the node reconciles its subscribe targets with the hub.
 *
 * @param interval how often every subscribed resource is reconciled on its own (0: only on demand)
 * @param initialDelay the first scheduled run after the start
 * @param repair whether differences are repaired (a targeted backfill from the hub, extra rows removed) or only
 *     reported
 * @param keysListed keys per kind kept in a run's report (the counts are always complete)
 */
@ConfigurationProperties("gx.node.reconciliation")
public record ReconciliationProperties(
        @DefaultValue("6h") Duration interval,
        @DefaultValue("10m") Duration initialDelay,
        @DefaultValue("true") boolean repair,
        @DefaultValue("1000") int keysListed) {}
