package org.govexchange.basicdb.ingest;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Runs the Kafka consumer of the configured sources' topics (when there are any). The listener gets each poll
 * whole; offsets are committed per poll, after the listener has returned: after its transaction committed.
 */
public class IngestContainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestContainer.class);

    private final ConcurrentKafkaListenerContainerFactory<?, ?> factory;
    private final String database;
    private final IngestProperties properties;
    private final BatchMessageListener<String, String> consumer;
    private ConcurrentMessageListenerContainer<?, ?> container;
    private volatile boolean running;

    /** @param database names this database in the log, e.g. {@code population} */
    public IngestContainer(
            String database,
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            IngestProperties properties,
            BatchMessageListener<String, String> consumer) {
        this.database = database;
        this.factory = factory;
        this.properties = properties;
        this.consumer = consumer;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!properties.enabled() || properties.sources().isEmpty()) {
            log.info("{} ingest is off (enabled={}, sources={})", database, properties.enabled(), properties.sources());
            return;
        }
        container = factory.createContainer(properties.topics().toArray(String[]::new));
        ContainerProperties containerProperties = container.getContainerProperties();
        containerProperties.setGroupId(properties.groupId());
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        containerProperties.setMessageListener(consumer);
        // The hub creates a resource topic with its first record (the broker creates none on first use): notice
        // it within seconds rather than at the client's default five-minute metadata refresh.
        Properties overrides = new Properties();
        overrides.setProperty("metadata.max.age.ms", "10000");
        containerProperties.setKafkaConsumerProperties(overrides);
        // Only a database outage reaches the handler (records that cannot be stored are skipped by the
        // consumer), so it retries the same poll (consumer paused, still polling) for as long as the outage lasts.
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        container.start();
        log.info("{} ingest consumes {} as group {}", database, properties.topics(), properties.groupId());
    }

    @Override
    public synchronized void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops with the other listener containers, before the connection pool goes. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }
}
