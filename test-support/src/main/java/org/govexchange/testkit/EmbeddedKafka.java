package org.govexchange.testkit;

import java.util.HashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real Kafka broker (KRaft, in this JVM) per test JVM, started on first use. */
public final class EmbeddedKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafka() {}

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
            started.brokerProperties(Map.of(
                    "auto.create.topics.enable", "true",
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1"));
            started.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "embedded-kafka-stop"));
            broker = started;
        }
        return broker.getBrokersAsString();
    }

    /**
     * Connection settings of a test-side client with every right on the broker (topic setup, feeding, reading
     * what the services wrote): bootstrap servers plus, once the broker authenticates, its credentials. Tests
     * build their raw clients from this map, never from the bootstrap servers alone.
     */
    public static Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        return properties;
    }
}
