package org.govexchange.exchange.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.exchange.hub.HubFixture.envelope;
import static org.govexchange.exchange.hub.HubFixture.person;
import static org.govexchange.exchange.hub.HubFixture.signed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.exchange.ExchangeApplication;
import org.govexchange.exchange.hub.HubFixture;
import org.govexchange.exchange.hub.HubScenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Faults in the uplink's read-process-write cycle: a crash between the database commit and the Kafka commit,
 * and the consumer stopped and started again mid-stream. Afterwards every batch is on the topics exactly once.
 */
class UplinkCrashTest extends HubScenario {

    /** A crashed, stopped or second uplink loop takes longer than the usual wait. */
    private static final Duration LONG_WAIT = Duration.ofSeconds(60);

    @Autowired
    UplinkLoop loop;

    @Autowired
    Environment environment;

    String consumer;

    @BeforeEach
    void departments() {
        consumer = HubFixture.department();
        hub.registerResource(resource, provider, "UNCONDITIONAL");
        hub.grants(resource, consumer);
    }

    @AfterEach
    void restartTheLoop() {
        loop.afterDatabaseCommit = () -> {};
        if (!loop.isRunning()) {
            loop.start();
        }
    }

    @Test
    void aCrashAfterTheDatabaseCommitReplaysTheBatchWithTheSameIds() {
        AtomicInteger crashes = new AtomicInteger();
        loop.afterDatabaseCommit = () -> {
            if (crashes.getAndIncrement() == 0) {
                throw new IllegalStateException("simulated crash before the Kafka commit");
            }
        };
        Envelope uplink = signed(envelope(provider, resource, List.of(person(1, 5), person(2, 5))), provider);

        hub.publish(provider, uplink);

        await().atMost(LONG_WAIT).until(() -> HubFixture.downlinks(consumer).size() >= 1);
        assertThat(crashes.get()).isGreaterThanOrEqualTo(2);
        List<Envelope> delivered = HubFixture.downlinks(consumer);
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).records()).hasSize(2);
        assertThat(HubFixture.readAll(Topics.resource(resource))).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "SELECT state FROM uplink_batch WHERE sender = ? AND batch_id = ?",
                        String.class,
                        provider,
                        uplink.batchId()))
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM downlink_batch WHERE uplink_batch_id = ?",
                        Integer.class,
                        uplink.batchId()))
                .isEqualTo(1);
    }

    @Test
    void stoppingAndStartingTheConsumerMidStreamLosesAndDuplicatesNothing() {
        int batches = 40;
        List<Envelope> sent = batchesOfTen(batches, 1);
        publishFirstHalfUntilTheHubHasTakenSome(sent);

        loop.stop();
        for (int b = batches / 2; b < batches; b++) {
            hub.publish(provider, sent.get(b));
        }
        // A node re-sends one batch it is unsure about.
        hub.publish(provider, sent.get(3));
        loop.start();

        awaitEachBatchDeliveredOnce(batches);
        List<ResourceRecord> resourceRecords = HubFixture.readAll(Topics.resource(resource)).stream()
                .map(m -> ExchangeJson.decode(m.value(), ResourceRecord.class))
                .toList();
        assertThat(resourceRecords).hasSize(batches * 10);
        assertThat(new HashSet<>(
                        resourceRecords.stream().map(ResourceRecord::key).toList()))
                .hasSize(batches * 10);
    }

    @Test
    void aSecondHubProcessTakesOverMidStreamAndIsClosedWithoutLossOrDuplicates() {
        int batches = 30;
        List<Envelope> sent = batchesOfTen(batches, 7);
        loop.stop();
        // Another hub process (its own Spring context) on the same broker and database.
        Map<String, Object> properties = new HashMap<>();
        for (String name : List.of(
                "gx.db.port",
                "gx.kafka.bootstrap-servers",
                "gx.kafka.username",
                "gx.kafka.password",
                "spring.kafka.bootstrap-servers",
                "gx.internal-token.public-key-pem",
                "gx.security.jwk-set-uri",
                "gx.exchange.hub-key-file",
                "gx.exchange.catalog.url",
                "gx.exchange.catalog.client-secret",
                "gx.uplink.metadata-max-age",
                "gx.uplink.retry-backoff",
                "gx.uplink.max-retry-backoff",
                "gx.audit.checkpoint-interval")) {
            properties.put(name, environment.getRequiredProperty(name));
        }
        properties.put("server.port", "0");
        // As command-line arguments: they win over application.yml, as the test context's properties do.
        String[] arguments = properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext second = new SpringApplicationBuilder(ExchangeApplication.class).run(arguments);
        try {
            publishFirstHalfUntilTheHubHasTakenSome(sent);
            for (int b = batches / 2; b < batches; b++) {
                hub.publish(provider, sent.get(b));
            }
        } finally {
            // Mid-stream: whatever it has not committed is taken over by the first hub.
            second.close();
        }
        loop.start();

        awaitEachBatchDeliveredOnce(batches);
        assertThat(HubFixture.readAll(Topics.resource(resource))).hasSize(batches * 10);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM uplink_batch WHERE sender = ? AND state = 'ACCEPTED'",
                        Integer.class,
                        provider))
                .isEqualTo(batches);
    }

    /** {@code count} signed batches of ten fresh persons each, at {@code version}. */
    private List<Envelope> batchesOfTen(int count, int version) {
        List<Envelope> sent = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            List<ExchangeRecord> records = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                records.add(person(b * 10 + r, version));
            }
            sent.add(signed(envelope(provider, resource, records), provider));
        }
        return sent;
    }

    /** Publishes the first half of {@code sent} and waits until the hub has accepted at least one of them. */
    private void publishFirstHalfUntilTheHubHasTakenSome(List<Envelope> sent) {
        for (int b = 0; b < sent.size() / 2; b++) {
            hub.publish(provider, sent.get(b));
        }
        await().atMost(LONG_WAIT)
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM uplink_batch WHERE sender = ?", Integer.class, provider)
                        > 0);
    }

    /** The subscriber receives exactly {@code batches} downlinks, each a different batch. */
    private void awaitEachBatchDeliveredOnce(int batches) {
        await().atMost(LONG_WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> HubFixture.downlinks(consumer).size() >= batches);
        List<Envelope> delivered = HubFixture.downlinks(consumer);
        assertThat(delivered).hasSize(batches);
        assertThat(new HashSet<>(delivered.stream().map(Envelope::batchId).toList()))
                .hasSize(batches);
    }
}
