package org.govexchange.exchange.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.govexchange.contracts.exchange.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The hub's dead-letter topic {@code gx.hub.deadletter}: a message the hub cannot process goes there unchanged
 * (same key, value and headers) with headers saying why and where it came from, so that it never blocks its
 * partition and is never silently lost. The uplink sends it inside its own Kafka transaction; the Spring
 * listeners through {@link #publish} after their bounded retries.
 */
@Component
public class DeadLetters implements DisposableBean {

    public static final String TOPIC = Topics.DEAD_LETTER;
    /** A stable reason kind, e.g. {@code DEPARTMENT_INVALID}, {@code CATALOG_REFUSED}. */
    public static final String REASON_HEADER = "gx-dead-letter-reason";
    /** What went wrong, for a person (at most 500 characters). */
    public static final String DETAIL_HEADER = "gx-dead-letter-detail";

    public static final String SOURCE_TOPIC_HEADER = "gx-source-topic";
    public static final String SOURCE_PARTITION_HEADER = "gx-source-partition";
    public static final String SOURCE_OFFSET_HEADER = "gx-source-offset";
    /** Counter of dead-lettered messages, tagged {@code source} (uplink, listener) and {@code reason}. */
    public static final String METRIC = "gx.exchange.deadletter";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_DETAIL = 500;

    private final MeterRegistry meters;
    private final KafkaProperties kafka;
    private volatile KafkaProducer<byte[], byte[]> producer;

    DeadLetters(MeterRegistry meters, KafkaProperties kafka) {
        this.meters = meters;
        this.kafka = kafka;
    }

    /** The dead letter of the message at {@code topic}-{@code partition}@{@code offset}: unchanged, plus why. */
    public static ProducerRecord<byte[], byte[]> letter(
            String topic,
            int partition,
            long offset,
            byte[] key,
            byte[] value,
            Headers original,
            String reason,
            String detail) {
        var headers = new RecordHeaders(original == null ? new RecordHeader[0] : original.toArray());
        String shortDetail = detail == null ? "" : detail;
        if (shortDetail.length() > MAX_DETAIL) {
            shortDetail = shortDetail.substring(0, MAX_DETAIL);
        }
        headers.add(header(REASON_HEADER, reason));
        headers.add(header(DETAIL_HEADER, shortDetail));
        headers.add(header(SOURCE_TOPIC_HEADER, topic));
        headers.add(header(SOURCE_PARTITION_HEADER, Integer.toString(partition)));
        headers.add(header(SOURCE_OFFSET_HEADER, Long.toString(offset)));
        log.warn("message {}-{}@{} dead-lettered to {}: {} ({})", topic, partition, offset, TOPIC, reason, detail);
        return new ProducerRecord<>(TOPIC, null, key, value, headers);
    }

    /** Counts one dead letter; call once it is committed. */
    public void count(String source, String reason) {
        meters.counter(METRIC, "source", source, "reason", reason).increment();
    }

    /**
     * Sends {@code letter} outside any transaction and waits for the broker: the caller may move past the
     * original only once this returns.
     */
    public void publish(ProducerRecord<byte[], byte[]> letter) {
        try {
            producer().send(letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the dead-letter topic did not take the message", e);
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        KafkaProducer<byte[], byte[]> current = producer;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (producer == null) {
                Map<String, Object> config = kafka.buildProducerProperties();
                config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
                config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
                config.put(ProducerConfig.ACKS_CONFIG, "all");
                config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
                producer = new KafkaProducer<>(config);
            }
            return producer;
        }
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        KafkaProducer<byte[], byte[]> current = producer;
        if (current != null) {
            current.close();
        }
    }
}
