package org.govexchange.population.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Runs the Kafka consumer of the configured sources' topics (when there are any). Offsets are committed
 * per poll, after the listener has returned for each record of it: after their transactions committed.
 */
@Component
@EnableConfigurationProperties(IngestProperties.class)
class IngestContainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestContainer.class);

    private final ConcurrentKafkaListenerContainerFactory<?, ?> factory;
    private final IngestProperties properties;
    private final ResourceRecordConsumer consumer;
    private ConcurrentMessageListenerContainer<?, ?> container;
    private volatile boolean running;

    IngestContainer(
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            IngestProperties properties,
            ResourceRecordConsumer consumer) {
        this.factory = factory;
        this.properties = properties;
        this.consumer = consumer;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!properties.enabled() || properties.sources().isEmpty()) {
            log.info("population ingest is off (enabled={}, sources={})", properties.enabled(), properties.sources());
            return;
        }
        container = factory.createContainer(properties.topics().toArray(String[]::new));
        ContainerProperties containerProperties = container.getContainerProperties();
        containerProperties.setGroupId(properties.groupId());
        containerProperties.setAckMode(ContainerProperties.AckMode.BATCH);
        containerProperties.setMessageListener(consumer);
        // Only a database outage reaches the handler (records that cannot be stored are skipped by the
        // consumer), so it retries the same record for as long as the outage lasts.
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
        container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        container.start();
        log.info("population ingest consumes {} as group {}", properties.topics(), properties.groupId());
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
