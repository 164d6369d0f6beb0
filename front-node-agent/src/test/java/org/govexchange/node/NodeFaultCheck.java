package org.govexchange.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.govexchange.node.broker.BrokerClients;
import org.govexchange.node.broker.NodeProducer;
import org.govexchange.node.department.DepartmentDatabase;
import org.govexchange.node.keys.NodeSigningKey;
import org.govexchange.node.outbox.OutboxSender;
import org.govexchange.node.outbox.OutboxService;
import org.govexchange.node.source.ExtractionService;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The broker "stops" for 30 s in the middle of a 20 000-row publish: the node's sends go to an unreachable
 * broker meanwhile (the test kit's broker cannot be stopped and restarted, so the node's producer is swapped),
 * extraction and the subscriber carry on. Afterwards the subscriber table must hold exactly the published rows
 * (count and checksum). Not part of the regular build:
 * {@code ./mvnw -pl front-node-agent test -Dtest=NodeFaultCheck -Dgx.node.bench=true}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("bench-fault")
@ContextConfiguration(initializers = BenchSupport.FaultInit.class)
@EnabledIfSystemProperty(named = "gx.node.bench", matches = "true")
class NodeFaultCheck {

    static final int RECORDS = 20_000;
    static final Duration OUTAGE = Duration.ofSeconds(30);

    @Autowired
    DepartmentDatabase department;

    @Autowired
    NodeSigningKey key;

    @Autowired
    BrokerClients clients;

    @Autowired
    NodeProducer nodeProducer;

    @Autowired
    ExtractionService extraction;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxService outbox;

    @Test
    void aThirtySecondBrokerOutageMidPublishLosesNothingAndDuplicatesNothing() throws Exception {
        JdbcTemplate jdbc = department.jdbc();
        LocalDateTime base = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> unreachable = new HashMap<>();
        unreachable.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        unreachable.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000);
        unreachable.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000);
        unreachable.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1500);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong outboxAtRestart = new AtomicLong();
        try (Producer<String, byte[]> dead = clients.newProducer(unreachable);
                var hub = new BenchSupport.ForwardingHub(BenchSupport.FAULT, key.publicKey())) {
            AtomicReference<Producer<String, byte[]>> broker = new AtomicReference<>(nodeProducer.producer());
            // What ExtractionScheduler and OutboxSender do on their own, with a producer that can be swapped;
            // the source is filled 1000 rows every 200 ms, so the outage hits a publish in progress.
            ScheduledExecutorService drivers = Executors.newScheduledThreadPool(3);
            AtomicInteger inserted = new AtomicInteger();
            drivers.scheduleWithFixedDelay(
                    () -> {
                        while (extraction.extractOnce(BenchSupport.FAULT.resource()) == 500) {
                            // the next batch
                        }
                    },
                    0,
                    100,
                    TimeUnit.MILLISECONDS);
            drivers.scheduleWithFixedDelay(
                    () -> {
                        OutboxSender.DrainResult result;
                        do {
                            result = sender.drainOnce(broker.get());
                            acknowledged.addAndGet(result.records());
                        } while (!result.failed() && result.batches() > 0);
                    },
                    0,
                    50,
                    TimeUnit.MILLISECONDS);
            drivers.scheduleAtFixedRate(
                    () -> {
                        int from = inserted.get();
                        if (from < RECORDS) {
                            BenchSupport.insert(jdbc, "resident", from, from + 1000, base);
                            inserted.addAndGet(1000);
                        }
                    },
                    0,
                    200,
                    TimeUnit.MILLISECONDS);

            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (acknowledged.get() < RECORDS / 4 && System.nanoTime() < deadline) {
                hub.forward();
            }
            broker.set(dead);
            long outageEnds = System.nanoTime() + OUTAGE.toNanos();
            long acknowledgedAtStop = acknowledged.get();
            while (System.nanoTime() < outageEnds) {
                hub.forward();
            }
            outboxAtRestart.set(outbox.unsentCount());
            broker.set(nodeProducer.producer());
            long restarted = System.nanoTime();
            long arrived = 0;
            long lastCount = 0;
            while (arrived < RECORDS && System.nanoTime() < deadline) {
                hub.forward();
                if (System.nanoTime() - lastCount > 500_000_000L) {
                    lastCount = System.nanoTime();
                    arrived = jdbc.queryForObject("SELECT COUNT(*) FROM shared_resident", Long.class);
                }
            }
            double recovery = (System.nanoTime() - restarted) / 1e9;
            drivers.shutdown();
            assertThat(drivers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            String source = BenchSupport.checksum(jdbc, "resident");
            String target = BenchSupport.checksum(jdbc, "shared_resident");
            BenchSupport.report(String.format(
                    "%s fault check, %d records: broker unreachable for %d s after %d records were acknowledged;"
                            + " outbox at restart %d; all rows at the subscriber %.1f s after the restart;"
                            + " source %s, subscriber %s (count/CRC32 sum); uplink batches re-sent under a known id %d",
                    java.time.Instant.now(),
                    RECORDS,
                    OUTAGE.toSeconds(),
                    acknowledgedAtStop,
                    outboxAtRestart.get(),
                    recovery,
                    source,
                    target,
                    hub.duplicateBatches));
            assertThat(outboxAtRestart.get()).isPositive();
            assertThat(target).isEqualTo(source).startsWith(RECORDS + "/");
        }
    }
}
