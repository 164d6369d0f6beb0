package org.govexchange.gateway;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.testkit.EmbeddedKafka;

/** Plays the catalog's outbox relay: puts catalog events on the real (embedded) broker. */
public final class CatalogEventsPublisher {

    private CatalogEventsPublisher() {}

    public static void publish(String type, String subjectId, String dataJson) {
        String event = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"subjectId\":\""
                + subjectId + "\",\"occurredAt\":\"" + Instant.now() + "\",\"data\":" + dataJson + "}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(EmbeddedKafka.clientProperties(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class.getName())))) {
            producer.send(new ProducerRecord<>("gx.catalog.events", subjectId, event))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish the catalog event", e);
        }
    }
}
