package org.govexchange.catalog.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The catalog as control plane of the departments' Kafka identities (node principals, their ACLs and topics).
 *
 * @param enabled run the control plane (default true); off, registration issues no Kafka credential and
 *     suspension changes nothing on the broker
 * @param replicationFactor replication of the department topics the catalog creates; -1 (default) = the
 *     broker's {@code default.replication.factor}
 * @param scramIterations PBKDF2 iterations of the SCRAM-SHA-512 credentials (4096 … 16384, default 8192)
 * @param timeout how long one broker operation may take before the request fails with 503 (default 10 s)
 * @param reconcileRetry how often the start-up reconciliation is retried while the broker is unreachable
 * @param bootstrapServers the broker as the control plane reaches it, when not {@code gx.kafka.bootstrap-servers}
 *     (another listener); the principal stays the process's own
 */
@ConfigurationProperties("gx.catalog.kafka")
public record KafkaIdentityProperties(
        Boolean enabled,
        Short replicationFactor,
        Integer scramIterations,
        Duration timeout,
        Duration reconcileRetry,
        String bootstrapServers) {

    public KafkaIdentityProperties {
        enabled = enabled == null || enabled;
        replicationFactor = replicationFactor == null ? (short) -1 : replicationFactor;
        scramIterations = scramIterations == null ? 8192 : scramIterations;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        reconcileRetry = reconcileRetry == null ? Duration.ofSeconds(30) : reconcileRetry;
        bootstrapServers = bootstrapServers == null || bootstrapServers.isBlank() ? null : bootstrapServers.strip();
        // The broker refuses SCRAM-SHA-512 credentials outside these bounds.
        if (scramIterations < 4096 || scramIterations > 16384) {
            throw new IllegalArgumentException(
                    "gx.catalog.kafka.scram-iterations must be 4096 … 16384, not " + scramIterations);
        }
        if (replicationFactor == 0 || replicationFactor < -1) {
            throw new IllegalArgumentException(
                    "gx.catalog.kafka.replication-factor must be -1 (broker default) or positive");
        }
    }
}
