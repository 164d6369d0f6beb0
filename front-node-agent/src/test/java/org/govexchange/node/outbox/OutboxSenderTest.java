package org.govexchange.node.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.node.ManualNodeTestBase;
import org.govexchange.node.TestNodes;
import org.govexchange.node.TopicReader;
import org.govexchange.node.broker.BrokerClients;
import org.govexchange.node.keys.NodeSigningKey;
import org.govexchange.node.source.ExtractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OutboxSenderTest extends ManualNodeTestBase {

    static final String RESOURCE = "900002/000001";

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxService outbox;

    @Autowired
    ExtractionService extraction;

    @Autowired
    NodeSigningKey key;

    @Autowired
    BrokerClients clients;

    TopicReader uplink;

    @BeforeEach
    void readUplink() {
        uplink = new TopicReader(Topics.uplink(TestNodes.DEPT_B));
    }

    @AfterEach
    void close() {
        uplink.close();
    }

    @Test
    void batchesAreSignedByTheNodeAndMarkedSentOnceTheBrokerAcknowledged() {
        insertAndExtract("SIG1", 1, 5);

        drainCompletely();

        List<Envelope> envelopes = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> envelopesWith("SIG1|"),
                        found -> keys(found, "SIG1|").size() == 5);
        for (Envelope envelope : envelopes) {
            assertThat(EnvelopeSigning.verify(envelope, key.publicKey())).isTrue();
            assertThat(envelope.signature().keyId()).isEqualTo(key.keyId());
            assertThat(envelope.signature().alg()).isEqualTo("Ed25519");
            assertThat(envelope.sender()).isEqualTo(TestNodes.DEPT_B);
            assertThat(envelope.resourceCode()).isEqualTo(RESOURCE);
            assertThat(envelope.records()).hasSizeLessThanOrEqualTo(3);
        }
        assertThat(store.queryForObject("SELECT COUNT(*) FROM node_outbox_batch WHERE sent_at IS NULL", Long.class))
                .isZero();
    }

    @Test
    void withTheBrokerUnreachableTheOutboxGrowsThenDrainsWithNothingLostAndNothingTwice() {
        insertAndExtract("DOWN1", 1, 5);
        long before = outbox.unsentCount();

        Map<String, Object> unreachable = new HashMap<>();
        unreachable.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        unreachable.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300);
        unreachable.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 300);
        unreachable.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 400);
        List<String> claimedWhileDown;
        try (Producer<String, byte[]> dead = clients.newProducer(unreachable)) {
            OutboxSender.DrainResult down = sender.drainOnce(dead);
            assertThat(down.failed()).isTrue();
            assertThat(down.batches()).isZero();

            insertAndExtract("DOWN1", 6, 10);
            assertThat(outbox.unsentCount()).isEqualTo(before + 5);
            assertThat(sender.drainOnce(dead).failed()).isTrue();
            assertThat(sender.lastError()).isNotNull();
            claimedWhileDown =
                    store.queryForList("SELECT batch_id FROM node_outbox_batch WHERE sent_at IS NULL", String.class);
            assertThat(claimedWhileDown).isNotEmpty();
        }

        drainCompletely();

        assertThat(outbox.unsentCount()).isZero();
        assertThat(sender.lastError()).isNull();
        List<Envelope> envelopes = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> envelopesWith("DOWN1|"),
                        found -> keys(found, "DOWN1|").size() >= 10);
        List<String> keys = keys(envelopes, "DOWN1|");
        assertThat(keys).hasSize(10).doesNotHaveDuplicates();
        // The batches claimed while the broker was down went out under the same ids, once each.
        List<String> batchIds = envelopes.stream().map(Envelope::batchId).toList();
        assertThat(batchIds).doesNotHaveDuplicates();
        claimedWhileDown.forEach(
                id -> assertThat(uplink.poll(r -> id.equals(r.key()))).hasSize(1));
    }

    @Test
    void acknowledgedRowsArePurgedAfterTheRetentionAndClaimingCarriesOnAfterThem() {
        insertAndExtract("PURGE1", 1, 4);
        drainCompletely();
        long newest = store.queryForObject("SELECT MAX(id) FROM node_outbox", Long.class);

        outbox.purge(outbox.now().plusDays(2), 100_000);

        // Only the table's newest row stays (it keeps auto-increment from going back after a restart).
        assertThat(store.queryForList("SELECT id FROM node_outbox", Long.class)).containsExactly(newest);
        assertThat(outbox.unsentCount()).isZero();
        insertAndExtract("PURGE1", 5, 6);
        assertThat(outbox.unsentCount()).isEqualTo(2);
        drainCompletely();
        List<Envelope> envelopes = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> envelopesWith("PURGE1|"),
                        found -> keys(found, "PURGE1|").size() >= 6);
        assertThat(keys(envelopes, "PURGE1|")).hasSize(6).doesNotHaveDuplicates();
    }

    void insertAndExtract(String region, int from, int to) {
        for (int seq = from; seq <= to; seq++) {
            dept().update(
                            "INSERT INTO person (region, seq, name, changed_at) VALUES (?, ?, ?, ?)",
                            region,
                            seq,
                            region + "-" + seq,
                            Timestamp.valueOf(nextTime()));
        }
        while (extraction.extractOnce(RESOURCE) == 3) {
            // the next batch
        }
    }

    void drainCompletely() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            OutboxSender.DrainResult result = sender.drainOnce();
            return !result.failed() && result.batches() == 0 && outbox.unsentCount() == 0;
        });
    }

    List<Envelope> envelopesWith(String keyPrefix) {
        List<Envelope> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : uplink.poll()) {
            Envelope envelope = ExchangeJson.decodeEnvelope(record.value());
            if (envelope.records().stream().anyMatch(r -> r.key().startsWith(keyPrefix))) {
                found.add(envelope);
            }
        }
        return found;
    }

    static List<String> keys(List<Envelope> envelopes, String keyPrefix) {
        return envelopes.stream()
                .flatMap(e -> e.records().stream())
                .map(ExchangeRecord::key)
                .filter(k -> k.startsWith(keyPrefix))
                .toList();
    }
}
