package org.govexchange.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.testkit.EmbeddedKafka;

/** Plays the hub on the downlink: envelopes signed with the test hub key (test-hub/*.pem), sent to a node. */
public final class TestHub {

    public static final PrivateKey KEY = readKey();

    private static Producer<String, byte[]> producer;

    private TestHub() {}

    public static Envelope signed(String resourceCode, List<ExchangeRecord> records) {
        return sign(unsigned(resourceCode, records));
    }

    public static Envelope unsigned(String resourceCode, List<ExchangeRecord> records) {
        return new Envelope(
                UUID.randomUUID().toString(),
                resourceCode,
                1,
                "gx-hub",
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                records,
                null);
    }

    public static Envelope sign(Envelope envelope) {
        return EnvelopeSigning.sign(envelope, KEY, "hub-test");
    }

    public static void send(String department, Envelope envelope) {
        send(department, ExchangeJson.encode(envelope), envelope.batchId(), Map.of());
    }

    /** Sends the bytes as they are (a redelivery, a forgery) with the given Kafka headers. */
    public static void send(String department, byte[] json, String key, Map<String, String> headers) {
        var record = new ProducerRecord<String, byte[]>(Topics.downlink(department), key, json);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.US_ASCII)));
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to the downlink", e);
        }
    }

    private static synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(EmbeddedKafka.clientProperties(Map.of(
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class)));
        }
        return producer;
    }

    private static PrivateKey readKey() {
        try (InputStream in = TestHub.class.getResourceAsStream("/test-hub/hub-ed25519.pem")) {
            return EnvelopeKeys.readPrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
