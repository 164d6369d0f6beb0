package org.govexchange.gateway.catalog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.govexchange.contracts.grant.GrantPolicy;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows {@code gx.catalog.events} on a thread of its own: grant events update the {@link GrantCache},
 * department and CLIENT_TOKENS_REVOKED events the {@link Revocations}, resource events re-read the {@link DataRoutes}. Each
 * gateway instance is its own consumer group (every replica sees every event) starting from the latest
 * offset: what happened before is in the catalog, read on demand. A Kafka outage only delays events; the
 * request path never waits for this consumer.
 */
@Component
public class CatalogEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CatalogEvents.class);
    /** Counter of catalog events dropped because they could not be read or applied. */
    public static final String INVALID_METRIC = "gx.gateway.catalog.events.invalid";

    private final CatalogProperties properties;
    private final KafkaConnection connection;
    private final GrantCache grants;
    private final Revocations revocations;
    private final DataRoutes routes;
    private final JsonMapper json;
    private final Counter invalidEvents;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean assigned;

    public CatalogEvents(
            CatalogProperties properties,
            KafkaConnection connection,
            GrantCache grants,
            Revocations revocations,
            DataRoutes routes,
            JsonMapper json,
            MeterRegistry registry) {
        this.properties = properties;
        this.connection = connection;
        this.grants = grants;
        this.revocations = revocations;
        this.routes = routes;
        this.json = json;
        this.invalidEvents = Counter.builder(INVALID_METRIC)
                .description("catalog events dropped because they could not be applied")
                .register(registry);
    }

    /** Whether the consumer has its partitions and its starting offsets: events from now on are seen. */
    public boolean isListening() {
        return assigned;
    }

    @Override
    public void start() {
        Properties config = new Properties();
        config.putAll(connection.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "gx-gateway-" + UUID.randomUUID());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gx-gateway-catalog-events");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        // Picks the topic up quickly when the catalog creates it after the gateway started.
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
        consumer = new KafkaConsumer<>(config);
        running = true;
        thread = new Thread(this::run, "gx-catalog-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(properties.eventsTopic()), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    assigned = false;
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // Fixes the starting offsets now, so "listening" means no later event is skipped.
                    partitions.forEach(consumer::position);
                    assigned = !partitions.isEmpty();
                }
            });
            while (running) {
                try {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        apply(record.value());
                    }
                } catch (WakeupException e) {
                    // stop() wakes the poll.
                } catch (RuntimeException e) {
                    log.warn("catalog events: {}", e.toString());
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Applies one event; one that cannot be read or applied is logged, counted and dropped, never thrown. */
    void apply(String value) {
        try {
            applyEvent(value);
        } catch (RuntimeException e) {
            // Only this event is lost: the rest of the poll is still applied (the catalog stays the truth).
            invalidEvents.increment();
            log.warn("catalog event skipped: {}", e.toString());
        }
    }

    private void applyEvent(String value) {
        JsonNode event = json.readTree(value);
        String type = event.path("type").asString("");
        JsonNode data = event.path("data");
        log.debug("catalog event {} {}", type, event.path("subjectId").asString(""));
        switch (type) {
            case "GRANT_CREATED" -> grants.granted(json.treeToValue(data, GrantPolicy.class));
            case "GRANT_REVOKED", "GRANT_EXPIRED" -> grants.withdrawn(json.treeToValue(data, GrantPolicy.class));
            case "DEPARTMENT_SUSPENDED" -> suspend(departmentCode(event));
            case "CLIENT_TOKENS_REVOKED" ->
                revocations.revokeClient(
                        data.path("clientId").asString(null),
                        Instant.parse(data.path("notBefore").asString()));
            case "DEPARTMENT_REACTIVATED", "DEPARTMENT_ACTIVATED" -> activate(departmentCode(event));
            case "DEPARTMENT_UPDATED", "DEPARTMENT_REGISTERED" -> {
                String status = data.path("status").asString("");
                if ("SUSPENDED".equals(status)) {
                    suspend(departmentCode(event));
                } else if ("ACTIVE".equals(status)) {
                    activate(departmentCode(event));
                }
            }
            default -> {
                if (type.startsWith("RESOURCE_")) {
                    routes.refresh().subscribe(list -> {}, e -> {});
                }
            }
        }
    }

    private void suspend(String code) {
        if (code != null) {
            revocations.suspend(code);
            grants.forgetConsumer(code);
        }
    }

    private void activate(String code) {
        if (code != null) {
            revocations.activate(code);
            grants.forgetConsumer(code);
        }
    }

    private static String departmentCode(JsonNode event) {
        String code = event.path("data").path("code").asString(null);
        return code != null ? code : event.path("subjectId").asString(null);
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
