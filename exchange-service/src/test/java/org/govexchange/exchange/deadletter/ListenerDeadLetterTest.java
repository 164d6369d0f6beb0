package org.govexchange.exchange.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.exchange.ExchangeIntegrationTest;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A record a Spring listener of the hub keeps failing on is dead-lettered after a bounded retry, not looped on. */
@ExchangeIntegrationTest
class ListenerDeadLetterTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void aCatalogEventTheListenerFailsOnGoesToTheDeadLetterTopic() throws Exception {
        double before = count();
        RecordMetadata sent;
        // A tombstone: no event at all, which the catalog-events listener cannot read.
        try (var producer = new KafkaProducer<>(
                EmbeddedKafka.clientProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
            sent = producer.send(new ProducerRecord<>(
                            Topics.CATALOG_EVENTS,
                            ("poison-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                            null))
                    .get();
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(letterOf(sent)).isNotNull());
        ConsumerRecord<byte[], byte[]> letter = letterOf(sent);
        assertThat(header(letter, DeadLetters.REASON_HEADER)).isEqualTo(DeadLetterConfiguration.LISTENER_FAILED);
        assertThat(letter.value()).isNull();
        assertThat(count()).isGreaterThan(before);
    }

    private double count() {
        return meters.find(DeadLetters.METRIC).tag("source", DeadLetterConfiguration.LISTENER).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private static ConsumerRecord<byte[], byte[]> letterOf(RecordMetadata sent) {
        Map<String, Object> config = EmbeddedKafka.clientProperties();
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var reader = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(DeadLetters.TOPIC, Duration.ofSeconds(5)).stream()
                    .map(i -> new TopicPartition(DeadLetters.TOPIC, i.partition()))
                    .toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(200)).forEach(all::add);
            }
            return all.stream()
                    .filter(r -> sent.topic().equals(header(r, DeadLetters.SOURCE_TOPIC_HEADER))
                            && Long.toString(sent.offset()).equals(header(r, DeadLetters.SOURCE_OFFSET_HEADER)))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
