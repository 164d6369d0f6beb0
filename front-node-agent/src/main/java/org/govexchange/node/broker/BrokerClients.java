package org.govexchange.node.broker;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.node.NodeProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.ExponentialBackOff;

/** Kafka client settings of the node: one idempotent producer for everything it sends, one downlink consumer. */
@Component
public class BrokerClients {

    private static final int LINGER_MS = 5;
    private static final Duration AUTH_RETRY = Duration.ofSeconds(10);

    private final NodeProperties node;
    private final KafkaConnection connection;

    public BrokerClients(NodeProperties node, KafkaConnection connection) {
        this.node = node;
        this.connection = connection;
    }

    /**
     * acks=all with idempotence: a batch the broker acknowledged is on every in-sync replica, and the
     * producer's own retries never duplicate or reorder it. A send that is not acknowledged within the send
     * timeout fails, so the outbox row stays unsent and is retried.
     */
    public Map<String, Object> producerConfig() {
        long deliveryTimeout = node.sender().sendTimeout().toMillis();
        Map<String, Object> config = new HashMap<>();
        config.putAll(connection.clientProperties());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "gx-node-" + node.nodeId());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, node.sender().compression());
        config.put(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                Math.max(1_048_576, node.sender().maxEnvelopeBytes() + 65_536));
        // The producer requires delivery.timeout >= linger + request.timeout.
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, deliveryTimeout - LINGER_MS));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeout);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return config;
    }

    /**
     * A started, single-threaded listener on {@code topic}: offsets committed per record after the listener returns;
     * a record that fails for a reason outside the record (the database down) is retried with back-off up to a
     * minute; a container the broker refuses (the department suspended, an ACL being changed) keeps retrying every
     * 10 s instead of stopping for good, so access that is restored is picked up without a restart.
     *
     * @param consumerConfig from {@link #consumerConfig()}, with the listener's own group id
     */
    public ConcurrentMessageListenerContainer<String, byte[]> startListener(
            String name, Map<String, Object> consumerConfig, String topic, MessageListener<String, byte[]> listener) {
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setAckMode(ContainerProperties.AckMode.RECORD);
        properties.setAuthExceptionRetryInterval(AUTH_RETRY);
        properties.setMessageListener(listener);
        var container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<String, byte[]>(consumerConfig), properties);
        container.setConcurrency(1);
        container.setBeanName(name);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(60_000);
        DefaultErrorHandler errors = new DefaultErrorHandler(backOff);
        // The listeners log what they skip themselves; the handler's retries would only repeat it.
        errors.setLogLevel(KafkaException.Level.DEBUG);
        container.setCommonErrorHandler(errors);
        container.start();
        return container;
    }

    public Producer<String, byte[]> newProducer(Map<String, Object> overrides) {
        Map<String, Object> config = producerConfig();
        config.putAll(overrides);
        return new KafkaProducer<>(config);
    }

    /**
     * Every consumer group of this node starts with {@code gx-node-<dept>.}: the broker lets a department's
     * principal use only groups with that prefix ({@link KafkaAccess#nodeGroupPrefix}).
     */
    public static String groupPrefix(NodeProperties node) {
        return KafkaAccess.nodeGroupPrefix(node.departmentCode());
    }

    /**
     * The downlink consumer: group {@code gx-node-<dept>.<nodeId>}, committed offsets only (the listener container
     * commits after each applied envelope), read_committed because the hub writes downlinks in transactions.
     */
    public Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.putAll(connection.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix(node) + node.nodeId());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gx-node-" + node.nodeId() + "-downlink");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return config;
    }
}
