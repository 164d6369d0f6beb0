package org.govexchange.starter.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The transactional outbox of a service that turns it on with {@code gx.outbox.enabled=true} (and has an
 * {@code outbox_event} table, see {@link OutboxStore}).
 *
 * @param relayEnabled whether the relay runs in this process
 * @param relayInterval pause between relay passes when the outbox is empty or Kafka is down
 * @param batchSize rows per pass
 * @param sendTimeout how long to wait for the broker's acknowledgement (and for metadata when it is down)
 * @param retention how long sent rows are kept before they are purged
 */
@ConfigurationProperties("gx.outbox")
public record OutboxProperties(
        Boolean relayEnabled, Duration relayInterval, Integer batchSize, Duration sendTimeout, Duration retention) {

    public OutboxProperties {
        relayEnabled = relayEnabled == null || relayEnabled;
        relayInterval = relayInterval == null ? Duration.ofMillis(500) : relayInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(5) : sendTimeout;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }
}
