package org.govexchange.exchange.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.exchange.hub.HubFixture.envelope;
import static org.govexchange.exchange.hub.HubFixture.idNumber;
import static org.govexchange.exchange.hub.HubFixture.person;
import static org.govexchange.exchange.hub.HubFixture.signed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govexchange.contracts.exchange.BackfillHeaders;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.reconciliation.BucketKeys;
import org.govexchange.contracts.reconciliation.KeyDigest;
import org.govexchange.contracts.reconciliation.ResourceDigest;
import org.govexchange.exchange.CatalogTokens;
import org.govexchange.exchange.hub.HubFixture;
import org.govexchange.exchange.hub.HubScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hub's side of reconciliation: digests of its live keys, keys of a bucket, repairs, and the audit event. */
class ReconciliationTest extends HubScenario {

    private final HttpClient http = HttpClient.newHttpClient();
    private String subscriber;
    private String token;
    private String base;

    @BeforeEach
    void aResourceWithHistoryAndASubscriber() {
        hub.registerResource(resource, provider, "CONDITIONAL");
        // Keys 1..3; 2 updated to version 2; 3 deleted at version 3.
        hub.publish(
                provider,
                signed(envelope(provider, resource, List.of(person(1, 1), person(2, 1), person(3, 1))), provider));
        hub.publish(
                provider,
                signed(
                        envelope(
                                provider,
                                resource,
                                List.of(
                                        person(2, 2),
                                        new ExchangeRecord(
                                                idNumber(3), RecordOp.DELETE, 3, Map.of("idNumber", idNumber(3))))),
                        provider));
        await().atMost(WAIT)
                .until(() -> HubFixture.readAll(Topics.resource(resource)).size() == 5);
        subscriber = HubFixture.department();
        token = CatalogTokens.token("sys", subscriber, "DEPT_SYSTEM");
        base = "/api/exchange/subscriptions/" + resource;
    }

    @Test
    void theDigestCoversTheLiveKeysAtTheirNewestVersionsOnlyAndOnlyTheSubscriberMayAskForIt() throws Exception {
        assertThat(call("GET", base + "/digest", null).body()).contains("\"code\":\"GRANT_MISSING\"");
        hub.grants(resource, subscriber);

        HttpResponse<String> answered = await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> call("GET", base + "/digest", null), r -> r.statusCode() == 200);
        ResourceDigest digest = ExchangeJson.decode(answered.body().getBytes(), ResourceDigest.class);

        KeyDigest expected = new KeyDigest();
        expected.add(idNumber(1), 1);
        expected.add(idNumber(2), 2);
        assertThat(digest.keys()).isEqualTo(2);
        assertThat(digest.buckets()).isEqualTo(expected.buckets());

        int bucket = KeyDigest.bucket(idNumber(2));
        BucketKeys keys = ExchangeJson.decode(
                call("POST", base + "/digest/keys", "{\"buckets\":[" + bucket + "]}")
                        .body()
                        .getBytes(),
                BucketKeys.class);
        assertThat(keys.keys()).contains(new BucketKeys.KeyVersion(idNumber(2), 2));
        assertThat(keys.keys()).allMatch(k -> KeyDigest.bucket(k.key()) == bucket);

        var tooMany = call("POST", base + "/digest/keys", "{\"buckets\":[" + "1,".repeat(16) + "1]}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"code\":\"TOO_MANY_BUCKETS\"");
        var outOfRange = call("POST", base + "/digest/keys", "{\"buckets\":[256]}");
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("\"code\":\"VALIDATION_FAILED\"");

        // The provider compares its source with the same digest; a third department gets nothing.
        var provider = http.send(
                request("GET", base + "/digest", null, CatalogTokens.token("sys", this.provider, "DEPT_SYSTEM")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(provider.statusCode()).isEqualTo(200);
        assertThat(ExchangeJson.decode(provider.body().getBytes(), ResourceDigest.class)
                        .buckets())
                .isEqualTo(expected.buckets());
        var stranger = http.send(
                request(
                        "GET",
                        base + "/digest",
                        null,
                        CatalogTokens.token("sys", HubFixture.department(), "DEPT_SYSTEM")),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("\"code\":\"GRANT_MISSING\"");
    }

    @Test
    void aRepairSendsOnlyTheNamedKeysMarkedAsRepairAndTheReportIsAuditedOnce() throws Exception {
        hub.grants(resource, subscriber);
        String keys = "{\"keys\":[\"" + idNumber(2) + "\",\"" + idNumber(3) + "\",\"NOT-THERE\"]}";
        HttpResponse<String> started = await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> call("POST", base + "/repair", keys), r -> r.statusCode() == 202);
        assertThat(started.body()).contains("\"total\":2");

        await().atMost(WAIT)
                .until(() -> !HubFixture.readAll(Topics.downlink(subscriber)).isEmpty());
        ConsumerRecord<byte[], byte[]> message =
                HubFixture.readAll(Topics.downlink(subscriber)).get(0);
        assertThat(new String(
                        message.headers().lastHeader(BackfillHeaders.REPAIR).value()))
                .isEqualTo("1");
        assertThat(ExchangeJson.decodeEnvelope(message.value()).records())
                .extracting(ExchangeRecord::key, ExchangeRecord::op, ExchangeRecord::version)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(idNumber(2), RecordOp.UPSERT, 2L),
                        org.assertj.core.groups.Tuple.tuple(idNumber(3), RecordOp.DELETE, 3L));

        var none = call("POST", base + "/repair", "{\"keys\":[]}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("\"code\":\"TOO_MANY_KEYS\"");

        String report = "{\"reconciliationId\":\"rec-1\",\"compared\":2,\"missing\":1,\"extra\":0,\"stale\":0,"
                + "\"changed\":1,\"backfillId\":\"b-1\"}";
        assertThat(call("POST", base + "/reconciliations", report).statusCode()).isEqualTo(204);
        assertThat(call("POST", base + "/reconciliations", report).statusCode()).isEqualTo(204);
        assertThat(call("POST", base + "/reconciliations", "{\"compared\":-1}").statusCode())
                .isEqualTo(400);
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForList(
                        "SELECT CONCAT(result, ' ', denial_code, ' ', record_count, ' ', operation) FROM audit_event"
                                + " WHERE kind = 'RECONCILED' AND actor_dept = ?",
                        String.class,
                        subscriber))
                .containsExactly("FAILED DRIFT_FOUND 2 RECONCILE compared=2 missing=1 extra=0 stale=0 changed=1"
                        + " repair=b-1"));
    }

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        return http.send(request(method, path, json, token), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String json, String bearer) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
