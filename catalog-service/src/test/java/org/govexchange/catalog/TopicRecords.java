package org.govexchange.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.govexchange.testkit.EmbeddedKafka;

/** Reads what the catalog wrote to a topic of the test broker, for {@link CatalogApiTest#awaitRecords}. */
final class TopicRecords {

    private TopicRecords() {}

    /**
     * Waits until {@code topic} holds a record matching {@code match} and returns every matching record in
     * the topic (read from the beginning; assigned partitions, so no consumer-group rebalance to wait for).
     */
    static List<ConsumerRecord<String, String>> awaitMatching(
            String topic, Predicate<ConsumerRecord<String, String>> match) {
        Properties config = new Properties();
        config.putAll(EmbeddedKafka.clientProperties());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                if (consumer.assignment().isEmpty()) {
                    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
                    if (partitions.isEmpty()) {
                        return false;
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        matching.add(record);
                    }
                }
                return !matching.isEmpty() && caughtUp(consumer);
            });
        }
        return matching;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
