package org.govexchange.node.quarantine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gx.node.quarantine.*}: how the node follows up its quarantined records.
 *
 * @param resolveInterval how often open entries are matched against later batches and the hub's verdict on them
 * @param resolveBatchLimit open entries looked at per pass
 */
@ConfigurationProperties("gx.node.quarantine")
public record QuarantineProperties(
        @DefaultValue("5s") Duration resolveInterval, @DefaultValue("500") int resolveBatchLimit) {}
