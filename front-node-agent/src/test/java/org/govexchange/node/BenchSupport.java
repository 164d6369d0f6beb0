package org.govexchange.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.testkit.EmbeddedKafka;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared pieces of the throughput and fault checks: source rows, a forwarding hub, the report file. */
final class BenchSupport {

    /** The bench node (runs on its own) and the fault-check node (driven by hand): apart, so both can run. */
    record Node(String department, String resource, String database, String keyFile) {}

    static final Node BENCH = new Node("1135010000350102XC", "900009/000001", "dept_bench", "bench-ed25519.pem");
    static final Node FAULT =
            new Node("11350100003501097F", "900009/000002", "dept_bench_fault", "bench-fault-ed25519.pem");
    static final Path REPORT = Path.of("target", "bench", "node-bench.txt");

    private BenchSupport() {}

    static final class BenchInit implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            prepare(BENCH);
        }
    }

    static final class FaultInit implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            prepare(FAULT);
        }
    }

    /** The node's key and tables (emptied: every run starts from nothing). */
    static void prepare(Node node) {
        try {
            Files.createDirectories(TestNodes.FILES);
            Path key = TestNodes.FILES.resolve(node.keyFile());
            if (!Files.exists(key)) {
                Files.writeString(
                        key,
                        EnvelopeKeys.privateKeyPem(EnvelopeKeys.generate(SignatureAlgorithm.ED25519)
                                .getPrivate()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String resident = " (id_number CHAR(18) NOT NULL PRIMARY KEY, name VARCHAR(64) NOT NULL, gender CHAR(1),"
                + " birth_date DATE, residence_address VARCHAR(256), phone VARCHAR(32), status VARCHAR(16),"
                + " updated_at DATETIME(3) NOT NULL, deleted TINYINT(1) NOT NULL DEFAULT 0,"
                + " KEY idx_version (updated_at, id_number))";
        TestNodes.execute(
                node.database(),
                "DROP TABLE IF EXISTS resident",
                "DROP TABLE IF EXISTS raw_resident",
                "DROP TABLE IF EXISTS shared_resident",
                "CREATE TABLE resident" + resident,
                "CREATE TABLE raw_resident" + resident,
                "CREATE TABLE shared_resident (id_number CHAR(18) NOT NULL PRIMARY KEY, name VARCHAR(64),"
                        + " gender CHAR(1), birth_date DATE, residence_address VARCHAR(256), version BIGINT,"
                        + " received_at DATETIME(3))");
    }

    /** Inserts rows [from, to) into {@code table}, 1000 per JDBC batch, versions one millisecond apart. */
    static void insert(JdbcTemplate jdbc, String table, int from, int to, LocalDateTime base) {
        List<Object[]> batch = new ArrayList<>();
        for (int i = from; i < to; i++) {
            batch.add(new Object[] {
                String.format("B%017d", i),
                "张" + (char) ('一' + (i % 500)) + i,
                i % 2 == 0 ? "1" : "2",
                java.sql.Date.valueOf(java.time.LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28)),
                "福建省福州市鼓楼区五四路" + i + "号",
                "138" + String.format("%08d", i),
                "ALIVE",
                Timestamp.valueOf(base.plusNanos(i * 1_000_000L))
            });
            if (batch.size() == 1000 || i == to - 1) {
                jdbc.batchUpdate(
                        "INSERT INTO " + table + " (id_number, name, gender, birth_date, residence_address, phone,"
                                + " status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        batch);
                batch.clear();
            }
        }
    }

    /** CRC32 sum and count over the fields both tables hold: equal means the same rows arrived, once each. */
    static String checksum(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject(
                "SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(CRC32(CONCAT_WS('|', id_number, name, gender, birth_date,"
                        + " residence_address))), 0)) FROM " + table,
                String.class);
    }

    /** The hub's part, minimal: verify the node's signature, re-sign with the hub key, send down unchanged. */
    static final class ForwardingHub implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final KafkaProducer<String, byte[]> producer;
        private final PublicKey nodeKey;
        private final Set<String> seenBatches = new HashSet<>();
        long records;
        long duplicateBatches;

        private final String department;

        ForwardingHub(Node node, PublicKey nodeKey) {
            this.nodeKey = nodeKey;
            this.department = node.department();
            consumer = new KafkaConsumer<>(EmbeddedKafka.clientProperties(Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG,
                    "bench-hub-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                    StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    ByteArrayDeserializer.class)));
            consumer.subscribe(List.of(Topics.uplink(node.department())));
            producer = new KafkaProducer<>(EmbeddedKafka.clientProperties(Map.of(
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.LINGER_MS_CONFIG,
                    5,
                    ProducerConfig.COMPRESSION_TYPE_CONFIG,
                    "lz4",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class)));
        }

        /** One poll: forwards what arrived; a batch id seen before is dropped, as the hub de-duplicates. */
        void forward() {
            for (ConsumerRecord<String, byte[]> message : consumer.poll(Duration.ofMillis(100))) {
                if (!seenBatches.add(message.key())) {
                    duplicateBatches++;
                    continue;
                }
                if (!EnvelopeSigning.verify(message.value(), nodeKey)) {
                    throw new IllegalStateException("an uplink batch does not verify: " + message.key());
                }
                Envelope envelope = ExchangeJson.decodeEnvelope(message.value());
                records += envelope.records().size();
                Envelope down = TestHub.signed(envelope.resourceCode(), envelope.records());
                producer.send(
                        new ProducerRecord<>(Topics.downlink(department), down.batchId(), ExchangeJson.encode(down)));
            }
            producer.flush();
        }

        @Override
        public void close() {
            consumer.close();
            producer.close();
        }
    }

    static void report(String line) {
        System.out.println("[node-bench] " + line);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(
                    REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
