package org.govexchange.gateway.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Audit events of data requests, to {@code gx.audit} through a local durable spool; the broker connection is
 * the gateway's {@code KafkaConnection} ({@code gx.kafka.*}).
 *
 * @param topic the audit topic
 * @param spoolDir where events wait until Kafka acknowledges them ({@code audit.spool}, {@code audit.acked})
 * @param compactAt once everything is acknowledged, a spool larger than this starts over empty
 * @param queueCapacity events held in memory between a request and the spool writer
 * @param sendTimeout how long the sender waits for Kafka before it backs off and keeps the events spooled
 */
@ConfigurationProperties("gx.gateway.audit")
public record AuditProperties(
        @DefaultValue("gx.audit") String topic,
        @DefaultValue(".gx-local/spool/gateway") Path spoolDir,
        @DefaultValue("16MB") DataSize compactAt,
        @DefaultValue("100000") int queueCapacity,
        @DefaultValue("5s") Duration sendTimeout) {}
