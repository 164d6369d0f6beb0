package org.govexchange.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The kit itself: the servers it hands out are real and reused. */
class RealInfrastructureTest {

    @Test
    void mariaDbIsRealAndSharedAcrossCalls() throws Exception {
        int port = EmbeddedMariaDb.port();
        assertThat(EmbeddedMariaDb.port()).isEqualTo(port);
        try (var connection = EmbeddedMariaDb.connect("gx_testkit");
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists probe (id int primary key, name varchar(16))");
            statement.execute("replace into probe values (1, '中文')");
            try (var rows = statement.executeQuery("select version(), name from probe where id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).containsIgnoringCase("mariadb");
                assertThat(rows.getString(2)).isEqualTo("中文");
            }
        }
    }

    @Test
    void kafkaBrokerDeliversWhatIsProduced() throws Exception {
        EmbeddedKafka.createTopics("gx.testkit.probe");
        Map<String, Object> producerConfig = EmbeddedKafka.clientProperties();
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("gx.testkit.probe", "k1", "hello"))
                    .get();
        }
        Map<String, Object> consumerConfig = EmbeddedKafka.clientProperties();
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("gx.testkit.probe"));
            var received = new java.util.ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> received.add(r.key() + "=" + r.value()));
            }
            assertThat(received).containsExactly("k1=hello");
        }
    }
}
