package org.govexchange.exchange.uplink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.govexchange.exchange.batch.BatchStore;
import org.govexchange.exchange.quarantine.QuarantineNotice;
import org.govexchange.exchange.quarantine.QuarantineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The uplink consumer: one thread, subscribed to every {@code gx.uplink.*} topic, read-process-write in Kafka
 * transactions. For each poll: {@link UplinkProcessor} builds the messages and rows; the messages are sent in a
 * Kafka transaction; the rows (batches = the de-duplication table, quarantine, key versions, deliveries) are
 * committed in one database transaction; then the consumed offsets are added to the Kafka transaction and it
 * commits. Any failure before the database commit aborts both and the same poll is tried again after a backoff
 * (catalog down, database down, broker down: nothing lost, nothing quarantined). A crash after the database
 * commit but before the Kafka commit leaves the offsets uncommitted: the same Kafka records come again, the
 * processor recognises them by their position and sends their outputs again with the same ids (see docs/hub.md).
 * A message that cannot be processed is not retried: the processor dead-letters it inside the same transaction.
 */
@Component
class UplinkLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UplinkLoop.class);

    private final UplinkProcessor processor;
    private final BatchStore batches;
    private final QuarantineStore quarantine;
    private final KeyVersions keyVersions;
    private final TransactionTemplate transactions;
    private final KafkaProperties kafka;
    private final UplinkProperties properties;

    /** Runs between the database commit and the Kafka commit: where a crash leaves the most to recover (tests). */
    volatile Runnable afterDatabaseCommit = () -> {};

    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;
    private CountDownLatch stopped = new CountDownLatch(0);

    UplinkLoop(
            UplinkProcessor processor,
            BatchStore batches,
            QuarantineStore quarantine,
            KeyVersions keyVersions,
            PlatformTransactionManager transactionManager,
            KafkaProperties kafka,
            UplinkProperties properties) {
        this.processor = processor;
        this.batches = batches;
        this.quarantine = quarantine;
        this.keyVersions = keyVersions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.kafka = kafka;
        this.properties = properties;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.autoStartup();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopped = new CountDownLatch(1);
        thread = new Thread(this::run, "gx-hub-uplink");
        thread.start();
    }

    @Override
    public void stop() {
        CountDownLatch latch;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            latch = stopped;
            KafkaConsumer<byte[], byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
        }
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                log.warn("the uplink consumer did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops before the web server and the database pool, starts after them.
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    private void run() {
        Duration backoff = properties.retryBackoff();
        KafkaProducer<byte[], byte[]> producer = null;
        try (KafkaConsumer<byte[], byte[]> kafkaConsumer = new KafkaConsumer<>(consumerConfig())) {
            consumer = kafkaConsumer;
            kafkaConsumer.subscribe(Pattern.compile(properties.topicPattern()));
            while (running) {
                ConsumerRecords<byte[], byte[]> polled;
                try {
                    polled = kafkaConsumer.poll(Duration.ofMillis(500));
                } catch (WakeupException e) {
                    break;
                }
                if (polled.isEmpty()) {
                    continue;
                }
                try {
                    if (producer == null) {
                        producer = newProducer();
                    }
                    transact(kafkaConsumer, producer, polled);
                    backoff = properties.retryBackoff();
                } catch (WakeupException e) {
                    abortQuietly(producer);
                    break;
                } catch (RuntimeException e) {
                    log.warn(
                            "uplink transaction failed, retrying the same {} envelopes in {}: {}",
                            polled.count(),
                            backoff,
                            e.toString());
                    abortQuietly(producer);
                    closeQuietly(producer);
                    producer = null;
                    rewind(kafkaConsumer, polled);
                    if (!pause(backoff)) {
                        break;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(properties.maxRetryBackoff()) > 0
                            ? properties.maxRetryBackoff()
                            : backoff.multipliedBy(2);
                }
            }
        } catch (RuntimeException e) {
            log.error("the uplink consumer stopped", e);
        } finally {
            closeQuietly(producer);
            consumer = null;
            running = false;
            stopped.countDown();
        }
    }

    private void transact(
            KafkaConsumer<byte[], byte[]> kafkaConsumer,
            KafkaProducer<byte[], byte[]> producer,
            ConsumerRecords<byte[], byte[]> polled) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(polled.count());
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : polled) {
            records.add(record);
            offsets.put(
                    new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        UplinkWork work = processor.process(records);
        producer.beginTransaction();
        List<Future<RecordMetadata>> sent = new ArrayList<>(work.messages.size());
        for (ProducerRecord<byte[], byte[]> message : work.messages) {
            sent.add(producer.send(message));
        }
        producer.flush();
        // Every message is acknowledged (inside the open transaction) before the rows are committed.
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending the uplink outputs", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("an uplink output was not accepted by the broker", e.getCause());
            }
        }
        transactions.executeWithoutResult(status -> {
            batches.recordUplinks(work.uplinks);
            batches.recordDownlinks(work.downlinks);
            for (QuarantineNotice notice : work.quarantine) {
                quarantine.store(notice);
            }
            work.versions.forEach(keyVersions::store);
        });
        afterDatabaseCommit.run();
        producer.sendOffsetsToTransaction(offsets, kafkaConsumer.groupMetadata());
        producer.commitTransaction();
        // Committed: nothing may fail the poll any more (it would be processed again).
        for (Runnable metric : work.metrics) {
            try {
                metric.run();
            } catch (RuntimeException e) {
                log.warn("an uplink metric could not be recorded: {}", e.toString());
            }
        }
        if (log.isDebugEnabled()) {
            log.debug("uplink transaction: {} envelopes, {} messages", records.size(), work.messages.size());
        }
    }

    /** Puts every partition of the failed poll back to its first record, so the next poll returns them again. */
    private static void rewind(KafkaConsumer<byte[], byte[]> kafkaConsumer, ConsumerRecords<byte[], byte[]> polled) {
        for (TopicPartition partition : polled.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> records = polled.records(partition);
            if (!records.isEmpty() && kafkaConsumer.assignment().contains(partition)) {
                kafkaConsumer.seek(partition, records.get(0).offset());
            }
        }
    }

    private boolean pause(Duration backoff) {
        long until = System.nanoTime() + backoff.toNanos();
        while (running && System.nanoTime() < until) {
            try {
                TimeUnit.MILLISECONDS.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.group());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.maxPollRecords());
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, (int)
                properties.metadataMaxAge().toMillis());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gx-hub-uplink-" + UUID.randomUUID());
        return config;
    }

    private KafkaProducer<byte[], byte[]> newProducer() {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // A fresh id per producer: zombies are fenced by the consumer group's generation (KIP-447), not by the id.
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "gx-hub-uplink-" + UUID.randomUUID());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config);
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        return producer;
    }

    private static void abortQuietly(KafkaProducer<byte[], byte[]> producer) {
        if (producer == null) {
            return;
        }
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            log.debug("abort after a failed uplink transaction: {}", e.toString());
        }
    }

    private static void closeQuietly(KafkaProducer<byte[], byte[]> producer) {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                log.debug("closing the uplink producer: {}", e.toString());
            }
        }
    }
}
