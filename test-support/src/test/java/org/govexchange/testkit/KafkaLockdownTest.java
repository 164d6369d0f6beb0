package org.govexchange.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.contracts.kafka.PlatformPrincipal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The broker's lock as an insider meets it: a department's node principal, a stranger, a wrong password. */
class KafkaLockdownTest {

    static final String A = "lockdown-a";
    static final String B = "lockdown-b";
    static final String RESOURCE_TOPIC = Topics.resource("101001/000001");

    @BeforeAll
    static void departments() {
        EmbeddedKafka.node(A);
        EmbeddedKafka.node(B);
        EmbeddedKafka.createTopics(RESOURCE_TOPIC);
    }

    @Test
    void aNodeWritesItsOwnUplinkAndReadsItsOwnDownlink() throws Exception {
        KafkaConnection a = EmbeddedKafka.node(A);
        send(a, Topics.uplink(A));
        send(a, Topics.receipt(A));
        send(a, Topics.heartbeat(A));
        send(EmbeddedKafka.superUser(), Topics.downlink(A));
        assertThat(readOne(a, Topics.downlink(A), KafkaAccess.nodeGroupPrefix(A) + "test"))
                .isEqualTo("probe");
    }

    @Test
    void aNodeCannotWriteAnotherDepartmentsOrThePlatformsTopics() {
        KafkaConnection a = EmbeddedKafka.node(A);
        for (String topic : List.of(
                Topics.uplink(B),
                Topics.receipt(B),
                Topics.heartbeat(B),
                Topics.CATALOG_EVENTS,
                AuditEvent.TOPIC,
                RESOURCE_TOPIC,
                Topics.downlink(A))) {
            assertThatThrownBy(() -> send(a, topic))
                    .as(topic)
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aNodeCannotReadResourcesOrAnotherDepartmentsDownlink() {
        KafkaConnection a = EmbeddedKafka.node(A);
        for (String topic : List.of(RESOURCE_TOPIC, Topics.downlink(B), Topics.quarantine(B), Topics.CATALOG_EVENTS)) {
            assertThatThrownBy(() -> readOne(a, topic, KafkaAccess.nodeGroupPrefix(A) + "spy"))
                    .as(topic)
                    .isInstanceOf(AuthorizationException.class);
        }
        // Its own downlink under another department's group name: refused too.
        assertThatThrownBy(() -> readOne(a, Topics.downlink(A), KafkaAccess.nodeGroupPrefix(B) + "x"))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aNodeCannotCreateTopics() {
        try (Admin admin = Admin.create(EmbeddedKafka.node(A).clientProperties())) {
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic("gx.uplink.lockdown-c", 1, (short) 1)))
                            .all()
                            .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void anUnauthenticatedOrWronglyAuthenticatedClientIsRefused() {
        Map<String, Object> anonymous = new HashMap<>();
        anonymous.put("bootstrap.servers", EmbeddedKafka.bootstrapServers());
        anonymous.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        assertThatThrownBy(() -> send(anonymous, Topics.uplink(A))).isInstanceOf(Exception.class);

        KafkaConnection wrongPassword = EmbeddedKafka.node(A).as(KafkaAccess.nodePrincipal(A), "guessed");
        assertThatThrownBy(() -> send(wrongPassword, Topics.uplink(A)))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void platformPrincipalsGetOnlyTheirOwnTopics() throws Exception {
        send(EmbeddedKafka.connection(PlatformPrincipal.CATALOG), Topics.CATALOG_EVENTS);
        send(EmbeddedKafka.connection(PlatformPrincipal.GATEWAY), AuditEvent.TOPIC);
        assertThatThrownBy(() -> send(EmbeddedKafka.connection(PlatformPrincipal.GATEWAY), Topics.CATALOG_EVENTS))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(EmbeddedKafka.connection(PlatformPrincipal.POPULATION), RESOURCE_TOPIC))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    private static void send(KafkaConnection connection, String topic) throws Exception {
        send(new HashMap<>(connection.clientProperties()), topic);
    }

    private static void send(Map<String, Object> config, String topic) throws Exception {
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "probe")).get(20, TimeUnit.SECONDS);
        }
    }

    private static String readOne(KafkaConnection connection, String topic, String group) {
        Map<String, Object> config = new HashMap<>(connection.clientProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    return record.value();
                }
            }
            return null;
        }
    }
}
