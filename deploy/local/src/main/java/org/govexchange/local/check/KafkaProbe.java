package org.govexchange.local.check;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.kafka.KafkaConnection;

/**
 * One Kafka operation as a given principal against the running stack, for {@code deploy/local/kafkacheck}: what an
 * insider with a department's credentials (or none) can and cannot do. Prints one word and exits with it:
 * {@code ALLOWED} (0), {@code DENIED} (2: authorization), {@code UNAUTHENTICATED} (3), {@code ERROR} (4),
 * {@code FOUND} (0) / {@code NOT_FOUND} (5) for {@code find}.
 *
 * <pre>
 *   produce  SERVERS USER PASSWORD TOPIC KEY VALUE      (USER "-" = no SASL at all)
 *   consume  SERVERS USER PASSWORD TOPIC GROUP
 *   create   SERVERS USER PASSWORD TOPIC
 *   find     SERVERS USER PASSWORD TOPIC KEY SECONDS    (super user: is a record with KEY on TOPIC?)
 * </pre>
 */
public final class KafkaProbe {

    private KafkaProbe() {}

    public static void main(String[] args) {
        String verdict;
        try {
            verdict = run(args);
        } catch (AuthorizationException e) {
            verdict = "DENIED";
        } catch (AuthenticationException e) {
            verdict = "UNAUTHENTICATED";
        } catch (ExecutionException e) {
            verdict = classify(e.getCause());
        } catch (Exception e) {
            verdict = classify(e);
        }
        System.out.println(verdict);
        System.exit(
                switch (verdict) {
                    case "ALLOWED", "FOUND" -> 0;
                    case "DENIED" -> 2;
                    case "UNAUTHENTICATED" -> 3;
                    case "NOT_FOUND" -> 5;
                    default -> 4;
                });
    }

    private static String classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthorizationException) {
                return "DENIED";
            }
            if (t instanceof AuthenticationException) {
                return "UNAUTHENTICATED";
            }
        }
        System.err.println(e);
        return "ERROR";
    }

    private static String run(String[] a) throws Exception {
        Map<String, Object> config = connection(a[1], a[2], a[3]);
        String topic = a[4];
        switch (a[0]) {
            case "produce" -> {
                config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
                config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
                config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
                config.put(ProducerConfig.ACKS_CONFIG, "all");
                try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
                    producer.send(new ProducerRecord<>(topic, a[5], a[6])).get(20, TimeUnit.SECONDS);
                }
                return "ALLOWED";
            }
            case "consume" -> {
                config.put(ConsumerConfig.GROUP_ID_CONFIG, a[5]);
                config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
                    consumer.subscribe(List.of(topic));
                    long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
                    while (System.nanoTime() < deadline) {
                        consumer.poll(Duration.ofMillis(500));
                    }
                }
                return "ALLOWED";
            }
            case "create" -> {
                try (Admin admin = Admin.create(config)) {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                            .all()
                            .get(20, TimeUnit.SECONDS);
                }
                return "ALLOWED";
            }
            case "find" -> {
                String key = a[5];
                long deadline = System.nanoTime()
                        + Duration.ofSeconds(Long.parseLong(a[6])).toNanos();
                config.put(ConsumerConfig.GROUP_ID_CONFIG, "gx-kafkacheck-" + System.nanoTime());
                config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
                    consumer.subscribe(List.of(topic));
                    while (System.nanoTime() < deadline) {
                        for (var record : consumer.poll(Duration.ofMillis(500))) {
                            if (key.equals(record.key())) {
                                return "FOUND";
                            }
                        }
                    }
                }
                return "NOT_FOUND";
            }
            default -> throw new IllegalArgumentException("unknown probe " + a[0]);
        }
    }

    private static Map<String, Object> connection(String servers, String user, String password) {
        if (user.equals("-")) {
            Map<String, Object> anonymous = new HashMap<>();
            anonymous.put("bootstrap.servers", servers);
            return anonymous;
        }
        String mechanism = user.equals("gx-broker") ? KafkaConnection.PLAIN : KafkaConnection.SCRAM_SHA_512;
        return new HashMap<>(
                new KafkaConnection(servers, KafkaConnection.SASL_PLAINTEXT, mechanism, user, password, "", "")
                        .clientProperties());
    }
}
