package org.govexchange.catalog.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.testkit.EmbeddedKafka;

/** Kafka clients of a department node, with the node's own SCRAM login (tests of the control plane). */
public final class KafkaControlPlaneTestClients {

    private KafkaControlPlaneTestClients() {}

    /** A client as the node: its own SCRAM login, nothing of the test's super user. */
    public static KafkaProducer<String, String> producer(String username, String password) {
        Map<String, Object> config = KafkaConnection.scram(EmbeddedKafka.bootstrapServers(), username, password)
                .clientProperties();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Null when the broker acknowledged a record on {@code topic}, else the error the producer reports. */
    public static Throwable send(KafkaProducer<String, String> producer, String topic) {
        try {
            producer.send(new ProducerRecord<>(topic, "key", "value")).get(15, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (KafkaException e) {
            return e;
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
