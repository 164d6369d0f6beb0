package org.govexchange.exchange.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.exchange.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Consumes {@code gx.audit}: each poll's valid events are appended in one transaction, and only then
 * are the offsets committed. A message that is not a storable AuditEvent is counted and forwarded
 * unchanged (same key and value; the reason in a header) to {@code gx.audit.invalid}, so it never
 * blocks its partition and is never silently lost.
 */
@Component
class AuditIngest implements DisposableBean {

    static final String GROUP = "exchange-audit";
    static final String INVALID_TOPIC = Topics.AUDIT_INVALID;
    static final String REASON_HEADER = "gx-invalid-reason";

    private static final Logger log = LoggerFactory.getLogger(AuditIngest.class);

    private final AuditAppender appender;
    private final AuditMetrics metrics;
    private final ObjectReader reader;
    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> invalidTopic;

    AuditIngest(AuditAppender appender, AuditMetrics metrics, KafkaProperties kafka) {
        this.appender = appender;
        this.metrics = metrics;
        // Strict: an evidence log stores what was sent or nothing, so unknown members and 1.5 as a
        // count are refused rather than dropped or rounded.
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .withCoercionConfig(
                        LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .build();
        this.reader = json.readerFor(AuditEvent.class);
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producers = new DefaultKafkaProducerFactory<>(config);
        this.invalidTopic = new KafkaTemplate<>(producers);
    }

    @KafkaListener(
            id = GROUP,
            topics = AuditEvent.TOPIC,
            containerFactory = AuditKafkaConfiguration.CONTAINER_FACTORY,
            autoStartup = "${gx.audit.consumer-auto-startup:true}")
    void onBatch(List<ConsumerRecord<byte[], byte[]>> records, Acknowledgment ack) throws Exception {
        List<AuditEvent> valid = new ArrayList<>(records.size());
        List<ProducerRecord<byte[], byte[]>> invalid = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String reason;
            try {
                AuditEvent event = record.value() == null ? null : reader.readValue(record.value());
                reason = event == null ? "empty message" : AuditAppender.whyNotStorable(event);
                if (reason == null) {
                    valid.add(event);
                    continue;
                }
            } catch (JacksonException e) {
                reason = "not an AuditEvent: " + e.getOriginalMessage();
            }
            invalid.add(forward(record, reason));
        }
        if (!valid.isEmpty()) {
            appender.append(valid);
        }
        for (ProducerRecord<byte[], byte[]> message : invalid) {
            send(message);
            metrics.invalid();
        }
        ack.acknowledge();
    }

    private static ProducerRecord<byte[], byte[]> forward(ConsumerRecord<byte[], byte[]> record, String reason) {
        log.warn(
                "invalid audit message at {}-{}@{} forwarded to {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                INVALID_TOPIC,
                reason);
        var headers = new RecordHeaders(record.headers().toArray());
        var message = new ProducerRecord<>(INVALID_TOPIC, null, record.key(), record.value(), headers);
        String truncated = reason.length() > 500 ? reason.substring(0, 500) : reason;
        message.headers().add(new RecordHeader(REASON_HEADER, truncated.getBytes(StandardCharsets.UTF_8)));
        message.headers()
                .add(new RecordHeader(
                        "gx-source",
                        (record.topic() + "-" + record.partition() + "@" + record.offset())
                                .getBytes(StandardCharsets.UTF_8)));
        return message;
    }

    private void send(ProducerRecord<byte[], byte[]> message)
            throws InterruptedException, ExecutionException, TimeoutException {
        // Waits for the broker: the offset may move past this message only once it is safe elsewhere.
        invalidTopic.send(message).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
