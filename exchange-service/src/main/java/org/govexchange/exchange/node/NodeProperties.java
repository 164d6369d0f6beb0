package org.govexchange.exchange.node;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Node monitoring ({@code gx.exchange.nodes.*}).
 *
 * @param missedBeats how many intervals without a beat make a node OFFLINE
 * @param defaultInterval the interval assumed when a beat does not state one
 */
@ConfigurationProperties("gx.exchange.nodes")
public record NodeProperties(@DefaultValue("3") int missedBeats, @DefaultValue("10s") Duration defaultInterval) {}
