package org.govexchange.exchange.uplink;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The uplink consumer ({@code gx.uplink.*}).
 *
 * @param topicPattern the uplink topics (regular expression); new departments' topics are picked up within
 *     {@code metadataMaxAge}
 * @param group the consumer group; every hub instance joins it and they share the partitions
 * @param maxPollRecords most envelopes one Kafka transaction takes
 * @param metadataMaxAge how soon a new uplink topic is noticed
 * @param retryBackoff first wait after a failed transaction (catalog or database down); doubles up to
 *     {@code maxRetryBackoff}
 * @param autoStartup false: the consumer does not run (tests of other features)
 * @param resourcePartitions partitions of a {@code gx.resource.<code>} topic the hub creates (compacted)
 */
@ConfigurationProperties("gx.uplink")
public record UplinkProperties(
        @DefaultValue("gx\\.uplink\\..*") String topicPattern,
        @DefaultValue("gx-hub-uplink") String group,
        @DefaultValue("20") int maxPollRecords,
        @DefaultValue("5s") Duration metadataMaxAge,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("30s") Duration maxRetryBackoff,
        @DefaultValue("true") boolean autoStartup,
        @DefaultValue("3") int resourcePartitions) {}
