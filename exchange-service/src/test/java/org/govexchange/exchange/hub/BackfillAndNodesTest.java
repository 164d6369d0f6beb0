package org.govexchange.exchange.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.exchange.hub.HubFixture.envelope;
import static org.govexchange.exchange.hub.HubFixture.person;
import static org.govexchange.exchange.hub.HubFixture.signed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.BackfillHeaders;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.Heartbeat;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.exchange.CatalogTokens;
import org.govexchange.exchange.hubkey.HubKey;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A new subscriber's replay of the resource topic, and the node list from heartbeats. */
class BackfillAndNodesTest extends HubScenario {

    @Autowired
    HubKey hubKey;

    @BeforeEach
    void departments() {
        hub.registerResource(resource, provider, "CONDITIONAL");
    }

    /** Three keys, one of them updated: the replay sends the latest of each. */
    private void publishHistory() {
        Envelope first = signed(envelope(provider, resource, List.of(person(1, 1), person(2, 1))), provider);
        Envelope second = signed(envelope(provider, resource, List.of(person(2, 2), person(3, 1))), provider);
        hub.publish(provider, first);
        hub.publish(provider, second);
        await().atMost(WAIT)
                .until(() -> HubFixture.readAll(Topics.resource(resource)).size() == 4);
    }

    @Test
    void aNewSubscriberAsksForABackfillAndGetsTheCurrentStateProjectedAndMasked() throws Exception {
        publishHistory();
        String subscriber = HubFixture.department();
        String token = CatalogTokens.token("sys", subscriber, "DEPT_SYSTEM");
        String path = "/api/exchange/subscriptions/" + resource + "/backfill";

        var refused = hub.call("POST", path, token);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"GRANT_MISSING\"");

        hub.grants(resource, subscriber);
        // The grant cache lives a few seconds: the subscriber retries until the hub sees the new grant.
        var accepted = await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> hub.call("POST", path, token), r -> r.statusCode() == 202);
        JsonNode started = HubFixture.JSON.readTree(accepted.body());
        assertThat(started.path("total").asLong()).isEqualTo(3);
        String backfillId = started.path("backfillId").asString();

        await().atMost(WAIT).untilAsserted(() -> assertThat(hub.getJson("/api/exchange/backfills/" + backfillId, token)
                        .path("state")
                        .asString())
                .isEqualTo("DONE"));
        await().atMost(WAIT)
                .until(() -> !HubFixture.readAll(Topics.downlink(subscriber)).isEmpty());
        List<ConsumerRecord<byte[], byte[]>> messages = HubFixture.readAll(Topics.downlink(subscriber));
        assertThat(messages).hasSize(1);
        ConsumerRecord<byte[], byte[]> message = messages.get(0);
        assertThat(header(message, BackfillHeaders.TOTAL)).isEqualTo("3");
        assertThat(header(message, BackfillHeaders.DONE)).isEqualTo("3");
        assertThat(header(message, BackfillHeaders.ID)).isEqualTo(backfillId);
        Envelope envelope = ExchangeJson.decodeEnvelope(message.value());
        assertThat(EnvelopeSigning.verify(envelope, EnvelopeKeys.readPublicKey(hubKey.publicKeyPem())))
                .isTrue();
        assertThat(envelope.records())
                .extracting(ExchangeRecord::key)
                .containsExactlyInAnyOrder(HubFixture.idNumber(1), HubFixture.idNumber(2), HubFixture.idNumber(3));
        ExchangeRecord updated = envelope.records().stream()
                .filter(r -> r.key().equals(HubFixture.idNumber(2)))
                .findFirst()
                .orElseThrow();
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.data()).containsOnlyKeys("idNumber", "name", "birthDate");
        assertThat((String) updated.data().get("name")).endsWith("**");

        // Another department may not read its progress.
        assertThat(hub.call(
                                "GET",
                                "/api/exchange/backfills/" + backfillId,
                                CatalogTokens.token("x", provider, "DEPT_SYSTEM"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aGrantCreatedEventStartsTheBackfillByItself() {
        publishHistory();
        String subscriber = HubFixture.department();
        hub.grants(resource, subscriber);
        Map<String, Object> event = Map.of(
                "eventId", UUID.randomUUID().toString(),
                "type", "GRANT_CREATED",
                "subjectId", "grant-" + subscriber,
                "occurredAt", Instant.now().toString(),
                "data", HubFixture.grant(resource, subscriber));

        hub.publishJson(Topics.CATALOG_EVENTS, "grant-" + subscriber, event);
        hub.publishJson(Topics.CATALOG_EVENTS, "grant-" + subscriber, event);

        await().atMost(WAIT)
                .until(() -> HubFixture.downlinks(subscriber).stream()
                                .mapToInt(e -> e.records().size())
                                .sum()
                        == 3);
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForList(
                        "SELECT state FROM backfill_run WHERE department_code = ?", String.class, subscriber))
                .containsExactly("DONE"));
    }

    @Test
    void aNodeIsOnlineWhileItBeatsAndOfflineAfterThreeMissedBeats() throws Exception {
        String nodeId = "node-" + UUID.randomUUID().toString().substring(0, 8);
        String department = HubFixture.department();
        var beat = new Heartbeat(nodeId, department, Instant.now(), 500, 7, Map.of(resource, 3L), Instant.now());

        EmbeddedKafka.createTopics(Topics.heartbeat(department));
        hub.publishRaw(Topics.heartbeat(department), nodeId, ExchangeJson.encode(beat));

        String operator = CatalogTokens.token("ops", null, "OPERATOR");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(node(nodeId, operator)).isNotNull());
        JsonNode online = node(nodeId, operator);
        // Three beats of 500 ms: ONLINE when just seen (it may have gone OFFLINE already on a slow machine).
        assertThat(online.path("outboxSize").asLong()).isEqualTo(7);
        assertThat(online.path("lagBySubscription").path(resource).asLong()).isEqualTo(3);
        assertThat(online.path("departmentCode").asString()).isEqualTo(department);
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                        node(nodeId, operator).path("status").asString())
                .isEqualTo("OFFLINE"));

        // A fresh beat brings it back.
        hub.publishRaw(
                Topics.heartbeat(department),
                nodeId,
                ExchangeJson.encode(new Heartbeat(nodeId, department, Instant.now(), 60_000, 0, Map.of(), null)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                        node(nodeId, operator).path("status").asString())
                .isEqualTo("ONLINE"));

        assertThat(statusOf("/api/exchange/nodes", CatalogTokens.token("d", department, "DEPT_ADMIN")))
                .isEqualTo(403);
    }

    private int statusOf(String path, String token) throws Exception {
        return hub.call("GET", path, token).statusCode();
    }

    private JsonNode node(String nodeId, String token) throws Exception {
        for (JsonNode node : hub.getJson("/api/exchange/nodes", token)) {
            if (node.path("nodeId").asString().equals(nodeId)) {
                return node;
            }
        }
        return null;
    }

    private static String header(ConsumerRecord<byte[], byte[]> message, String name) {
        var header = message.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
