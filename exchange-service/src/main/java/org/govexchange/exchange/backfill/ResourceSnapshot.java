package org.govexchange.exchange.backfill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.ResourceRecord;

/**
 * The current state of {@code gx.resource.<code>} up to its end at one moment, read in two passes so a replay of a
 * large resource needs little memory: the first keeps only where the newest record of each wanted key sits
 * (partition, offset: about a hundred bytes a key, where holding the records made the hub run out of heap); the
 * second reads the topic again up to the same end and hands over those records in chunks. A key whose newest record
 * was compacted away between the passes (a newer one arrived after the end) is left out: live traffic carries that
 * newer one.
 */
final class ResourceSnapshot {

    private final String topic;
    private final Map<TopicPartition, Long> end;
    private final Map<Integer, Set<Long>> newest;
    private final long size;
    private final int schemaVersion;

    private ResourceSnapshot(
            String topic, Map<TopicPartition, Long> end, Map<Integer, Set<Long>> newest, long size, int schemaVersion) {
        this.topic = topic;
        this.end = end;
        this.newest = newest;
        this.size = size;
        this.schemaVersion = schemaVersion;
    }

    /** How many records the replay will hand over (at most). */
    long size() {
        return size;
    }

    int schemaVersion() {
        return schemaVersion;
    }

    /** Pass one: the place of the newest record of every wanted key. */
    static ResourceSnapshot plan(
            Map<String, Object> consumerConfig, String topic, Predicate<String> wanted, Duration readTimeout) {
        Map<String, long[]> places = new HashMap<>();
        int[] schemaVersion = {1};
        Map<TopicPartition, Long> end = readToEnd(consumerConfig, topic, null, readTimeout, (message, record) -> {
            if (!wanted.test(record.key())) {
                return;
            }
            long[] held = places.get(record.key());
            if (held == null || held[0] <= record.version()) {
                places.put(record.key(), new long[] {record.version(), message.partition(), message.offset()});
                schemaVersion[0] = Math.max(schemaVersion[0], record.schemaVersion());
            }
        });
        Map<Integer, Set<Long>> newest = new HashMap<>();
        places.values().forEach(p -> newest.computeIfAbsent((int) p[1], k -> new HashSet<>())
                .add(p[2]));
        return new ResourceSnapshot(topic, end, newest, places.size(), schemaVersion[0]);
    }

    /** Pass two: the newest records, in chunks of {@code chunkSize}, in topic order. */
    void replay(
            Map<String, Object> consumerConfig,
            int chunkSize,
            Duration readTimeout,
            java.util.function.Consumer<List<ExchangeRecord>> chunks) {
        if (size == 0) {
            return;
        }
        List<ExchangeRecord> chunk = new ArrayList<>(chunkSize);
        readToEnd(consumerConfig, topic, end, readTimeout, (message, record) -> {
            Set<Long> offsets = newest.get(message.partition());
            if (offsets == null || !offsets.contains(message.offset())) {
                return;
            }
            chunk.add(new ExchangeRecord(record.key(), record.op(), record.version(), record.data()));
            if (chunk.size() == chunkSize) {
                chunks.accept(List.copyOf(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            chunks.accept(List.copyOf(chunk));
        }
    }

    /**
     * Reads the topic from its beginning up to {@code upTo} (null: its end now), handing over every well-formed
     * record; returns the end it read to.
     */
    private static Map<TopicPartition, Long> readToEnd(
            Map<String, Object> config,
            String topic,
            Map<TopicPartition, Long> upTo,
            Duration readTimeout,
            BiConsumer<ConsumerRecord<byte[], byte[]>, ResourceRecord> each) {
        try (var consumer = new KafkaConsumer<byte[], byte[]>(config)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return Map.of();
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = upTo != null ? upTo : consumer.endOffsets(partitions);
            long lastProgress = System.nanoTime();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.getOrDefault(p, 0L))) {
                var polled = consumer.poll(Duration.ofMillis(500));
                if (!polled.isEmpty()) {
                    lastProgress = System.nanoTime();
                }
                for (ConsumerRecord<byte[], byte[]> message : polled) {
                    if (message.offset() >= end.getOrDefault(new TopicPartition(topic, message.partition()), 0L)
                            || message.value() == null) {
                        continue;
                    }
                    ResourceRecord record;
                    try {
                        record = ExchangeJson.decode(message.value(), ResourceRecord.class);
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    each.accept(message, record);
                }
                if (System.nanoTime() - lastProgress > readTimeout.toNanos()) {
                    throw new IllegalStateException("reading " + topic + " made no progress for " + readTimeout);
                }
            }
            return end;
        }
    }
}
