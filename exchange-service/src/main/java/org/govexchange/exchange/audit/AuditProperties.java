package org.govexchange.exchange.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log ({@code gx.audit.*}).
 *
 * @param checkpointInterval how often the chain head is signed (the local stack uses PT1M)
 * @param maxBatch most events one poll of {@code gx.audit} hands to one append transaction
 */
@ConfigurationProperties("gx.audit")
public record AuditProperties(@DefaultValue("PT1H") Duration checkpointInterval, @DefaultValue("500") int maxBatch) {}
