package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.node.broker.BrokerClients;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.keys.NodeSigningKey;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Throughput of a node running on its own, source table → uplink → (a minimal forwarding hub) → downlink →
 * target table, next to the raw JDBC insert and raw Kafka producer rates measured in the same run. Not part of
 * the regular build: {@code ./mvnw -pl front-node-agent test -Dtest=NodeBench -Dgx.node.bench=true
 * [-Dgx.node.bench.records=100000]}; results in target/bench/node-bench.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("bench")
@ContextConfiguration(initializers = BenchSupport.BenchInit.class)
@EnabledIfSystemProperty(named = "gx.node.bench", matches = "true")
class NodeBench {

    static final int RECORDS = Integer.getInteger("gx.node.bench.records", 100_000);

    @Autowired
    DepartmentDatabase department;

    @Autowired
    NodeSigningKey key;

    @Autowired
    BrokerClients clients;

    @Test
    void endToEndThroughputAgainstRawJdbcAndRawKafka() throws Exception {
        JdbcTemplate jdbc = department.jdbc();
        LocalDateTime base = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

        long start = System.nanoTime();
        BenchSupport.insert(jdbc, "raw_resident", 0, RECORDS, base);
        double jdbcRate = rate(RECORDS, start);

        byte[] value = ExchangeJson.encode(Map.of(
                "idNumber", "B00000000000000001",
                "name", "张三",
                "gender", "1",
                "birthDate", "1990-01-01",
                "residenceAddress", "福建省福州市鼓楼区五四路100号",
                "phone", "13800000000",
                "status", "ALIVE"));
        start = System.nanoTime();
        try (Producer<String, byte[]> producer = clients.newProducer(Map.of())) {
            for (int i = 0; i < RECORDS; i++) {
                producer.send(new ProducerRecord<>("gx.bench.raw", Integer.toString(i), value));
            }
            producer.flush();
        }
        double kafkaRate = rate(RECORDS, start);

        start = System.nanoTime();
        CompletableFuture<Void> inserting =
                CompletableFuture.runAsync(() -> BenchSupport.insert(jdbc, "resident", 0, RECORDS, base));
        long arrived = 0;
        long lastCount = 0;
        try (var hub = new BenchSupport.ForwardingHub(BenchSupport.BENCH, key.publicKey())) {
            long deadline = System.nanoTime() + 20L * 60 * 1_000_000_000L;
            double inserted = 0;
            double uplinked = 0;
            while (arrived < RECORDS && System.nanoTime() < deadline) {
                hub.forward();
                if (inserted == 0 && inserting.isDone()) {
                    inserted = (System.nanoTime() - start) / 1e9;
                }
                if (uplinked == 0 && hub.records >= RECORDS) {
                    uplinked = (System.nanoTime() - start) / 1e9;
                }
                if (System.nanoTime() - lastCount > 500_000_000L) {
                    lastCount = System.nanoTime();
                    arrived = jdbc.queryForObject("SELECT COUNT(*) FROM shared_resident", Long.class);
                }
            }
            inserting.get();
            double endToEnd = rate(RECORDS, start);
            assertThat(arrived).isEqualTo(RECORDS);
            assertThat(BenchSupport.checksum(jdbc, "shared_resident"))
                    .isEqualTo(BenchSupport.checksum(jdbc, "resident"));
            BenchSupport.report(String.format(
                    "%s throughput, %d records: raw JDBC insert %.0f rows/s, raw Kafka producer %.0f records/s,"
                            + " node end to end (source table -> uplink -> forwarding hub -> downlink -> target table)"
                            + " %.0f records/s = %.2f x the smaller raw rate (source filled after %.1f s, all uplinked"
                            + " after %.1f s, all in the target after %.1f s); duplicate uplink batches %d",
                    java.time.Instant.now(),
                    RECORDS,
                    jdbcRate,
                    kafkaRate,
                    endToEnd,
                    endToEnd / Math.min(jdbcRate, kafkaRate),
                    inserted,
                    uplinked,
                    RECORDS / endToEnd,
                    hub.duplicateBatches));
        }
    }

    static double rate(long count, long startNanos) {
        return count / ((System.nanoTime() - startNanos) / 1e9);
    }
}
