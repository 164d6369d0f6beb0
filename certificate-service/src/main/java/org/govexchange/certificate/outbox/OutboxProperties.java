package org.govexchange.certificate.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param relayEnabled whether the relay runs in this process
 * @param relayInterval pause between relay passes when the outbox is empty or Kafka is down
 * @param batchSize rows per pass
 * @param sendTimeout how long to wait for the broker's acknowledgement
 * @param retention how long sent rows are kept before they are purged
 */
@ConfigurationProperties("gx.certificate.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("500ms") Duration relayInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("5s") Duration sendTimeout,
        @DefaultValue("7d") Duration retention) {}
