package org.govexchange.exchange.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.exchange.hub.HubFixture.envelope;
import static org.govexchange.exchange.hub.HubFixture.person;
import static org.govexchange.exchange.hub.HubFixture.signed;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.HashMap;
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
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.Heartbeat;
import org.govexchange.contracts.exchange.Receipt;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Receipts and heartbeats come on per-department topics only that department may write: what department A writes
 * with its own principal on its own topics about department B changes nothing at the hub.
 */
class ForgedReceiptsAndHeartbeatsTest extends HubScenario {

    @Autowired
    MeterRegistry meters;

    Producer<String, byte[]> nodeA;
    Producer<String, byte[]> nodeB;
    String a;
    String b;

    @BeforeEach
    void departments() {
        a = HubFixture.department();
        b = HubFixture.department();
        hub.registerDepartment(a);
        hub.registerDepartment(b);
        // Each department's principal with its ACLs and topics, as the catalog sets them up at registration.
        nodeA = producer(a);
        nodeB = producer(b);
    }

    @AfterEach
    void closeNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void aReceiptForAnotherDepartmentsBatchChangesNothingItsOwnReceiptMarksIt() {
        hub.registerResource(resource, provider, "CONDITIONAL");
        hub.grants(resource, a, b);
        Envelope uplink = signed(envelope(provider, resource, List.of(person(1, 1))), provider);
        hub.publish(provider, uplink);
        await().atMost(WAIT).until(() -> HubFixture.downlinks(b).size() == 1);
        String batchOfB = HubFixture.downlinks(b).get(0).batchId();
        assertThat(deliveryState(batchOfB, b)).isEqualTo("SENT");

        // A writes, on its own receipt topic, a receipt for B's batch claiming to be B ...
        double forged = count("gx.exchange.receipts", "forged");
        send(nodeA, Topics.receipt(a), batchOfB, receipt(batchOfB, "node-a", b));
        await().atMost(WAIT).until(() -> count("gx.exchange.receipts", "forged") > forged);
        // ... and one in its own name for B's batch: a receipt marks only a delivery to its own department.
        double unknown = count("gx.exchange.receipts", "repeated_or_unknown");
        send(nodeA, Topics.receipt(a), batchOfB, receipt(batchOfB, "node-a", a));
        await().atMost(WAIT).until(() -> count("gx.exchange.receipts", "repeated_or_unknown") > unknown);
        assertThat(deliveryState(batchOfB, b)).isEqualTo("SENT");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM downlink_batch WHERE batch_id = ? AND state <> 'SENT'",
                        Integer.class,
                        batchOfB))
                .isZero();

        // B's own receipt on B's topic counts.
        send(nodeB, Topics.receipt(b), batchOfB, receipt(batchOfB, "node-b", b));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveryState(batchOfB, b)).isEqualTo("DELIVERED"));
    }

    @Test
    void aHeartbeatForAnotherDepartmentChangesNothingInTheNodeRegistry() {
        String nodeOfB = "node-b-" + UUID.randomUUID().toString().substring(0, 8);
        send(nodeB, Topics.heartbeat(b), nodeOfB, beat(nodeOfB, b, 5));
        await().atMost(WAIT).untilAsserted(() -> assertThat(outboxSize(nodeOfB)).isEqualTo(5L));

        double forged = count("gx.exchange.heartbeats", "forged");
        // A claims to be B's node, first in B's name, then in its own.
        send(nodeA, Topics.heartbeat(a), nodeOfB, beat(nodeOfB, b, 666));
        send(nodeA, Topics.heartbeat(a), nodeOfB, beat(nodeOfB, a, 777));
        // A invents a node of B.
        String invented = "node-b-" + UUID.randomUUID().toString().substring(0, 8);
        send(nodeA, Topics.heartbeat(a), invented, beat(invented, b, 1));
        await().atMost(WAIT).until(() -> count("gx.exchange.heartbeats", "forged") >= forged + 3);

        assertThat(jdbc.queryForMap(
                        "SELECT department_code, outbox_size FROM exchange_node WHERE node_id = ?", nodeOfB))
                .containsEntry("department_code", b)
                .containsEntry("outbox_size", 5L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exchange_node WHERE node_id = ?", Integer.class, invented))
                .isZero();
    }

    /** A producer authenticated as {@code department}'s node principal. */
    private static Producer<String, byte[]> producer(String department) {
        Map<String, Object> config =
                new HashMap<>(EmbeddedKafka.node(department).clientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(Producer<String, byte[]> producer, String topic, String key, Object value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, ExchangeJson.encode(value)))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + topic, e);
        }
    }

    private static Receipt receipt(String batchId, String nodeId, String department) {
        return new Receipt(batchId, nodeId, department, null, 1, 0, List.of(), Instant.now());
    }

    private static Heartbeat beat(String nodeId, String department, long outboxSize) {
        return new Heartbeat(nodeId, department, Instant.now(), 60_000, outboxSize, Map.of(), null);
    }

    private double count(String name, String outcome) {
        return meters.counter(name, "outcome", outcome).count();
    }

    private String deliveryState(String batchId, String department) {
        return jdbc.queryForObject(
                "SELECT state FROM downlink_batch WHERE batch_id = ? AND department_code = ?",
                String.class,
                batchId,
                department);
    }

    private Long outboxSize(String nodeId) {
        List<Long> sizes =
                jdbc.queryForList("SELECT outbox_size FROM exchange_node WHERE node_id = ?", Long.class, nodeId);
        return sizes.isEmpty() ? null : sizes.get(0);
    }
}
