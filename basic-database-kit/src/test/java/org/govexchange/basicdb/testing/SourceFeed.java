package org.govexchange.basicdb.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.testkit.EmbeddedKafka;
import tools.jackson.databind.json.JsonMapper;

/** Plays the exchange hub: publishes resource records to {@code gx.resource.<code>} with a real producer. */
public final class SourceFeed implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(EmbeddedKafka.clientProperties(Map.of(
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.ACKS_CONFIG,
            "all")));

    public static ResourceRecord record(
            String resourceCode, String dept, String key, RecordOp op, long version, Map<String, Object> data) {
        return new ResourceRecord(
                resourceCode, 1, key, op, version, data, dept, "batch-" + UUID.randomUUID(), Instant.now());
    }

    public void publish(ResourceRecord record) {
        publishRaw(record.resourceCode(), record.key(), JSON.writeValueAsString(record));
    }

    /** Any value at all, as a broken or hostile producer might write it. */
    public void publishRaw(String resourceCode, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(Topics.resource(resourceCode), key, value))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to the test broker", e);
        }
    }

    /**
     * Waits until consumer group {@code groupId} has committed every record on the resource's topic so far
     * (one partition): the service committed the offsets only once the records were in its database.
     */
    public static void awaitCommitted(String groupId, String resourceCode, Duration wait) throws Exception {
        var partition = new TopicPartition(Topics.resource(resourceCode), 0);
        try (Admin admin = Admin.create(EmbeddedKafka.clientProperties())) {
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                    .partitionResult(partition)
                    .get()
                    .offset();
            await().atMost(wait).until(() -> {
                var committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() >= end;
            });
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
