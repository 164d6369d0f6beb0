package org.govexchange.exchange.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govexchange.exchange.hub.HubFixture.downlinks;
import static org.govexchange.exchange.hub.HubFixture.envelope;
import static org.govexchange.exchange.hub.HubFixture.person;
import static org.govexchange.exchange.hub.HubFixture.signed;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govexchange.contracts.exchange.Envelope;
import org.govexchange.contracts.exchange.EnvelopeKeys;
import org.govexchange.contracts.exchange.EnvelopeSigning;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.contracts.exchange.Receipt;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.exchange.CatalogTokens;
import org.govexchange.exchange.hubkey.HubKey;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The hub end to end: nodes publish signed uplinks, subscribers receive projected, masked, hub-signed downlinks. */
class HubTest extends HubScenario {

    @Autowired
    HubKey hubKey;

    @Autowired
    MeterRegistry meters;

    String consumer;
    String other;

    @Override
    protected List<String> senders() {
        return List.of(provider, consumer, other);
    }

    @BeforeEach
    void departments() {
        consumer = HubFixture.department();
        other = HubFixture.department();
        hub.registerDepartment(consumer);
        hub.registerResource(resource, provider, "CONDITIONAL");
        hub.grants(resource, consumer);
    }

    @Test
    void acceptedRecordsReachTheResourceTopicAndTheSubscriberProjectedMaskedAndSigned() throws Exception {
        ExchangeRecord good1 = person(1, 1001);
        ExchangeRecord good2 = person(2, 1002);
        ExchangeRecord bad = HubFixture.withPhone(person(3, 1003), "12345");
        Envelope uplink = signed(envelope(provider, resource, List.of(good1, bad, good2)), provider);

        hub.publish(provider, uplink);

        awaitBatch(uplink, "PARTIALLY_REJECTED");
        // The provider sees why its record was refused.
        JsonNode page = hub.getJson(
                "/api/exchange/quarantine?resource=" + resource, CatalogTokens.token("sys", provider, "DEPT_SYSTEM"));
        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode item = page.path("items").get(0);
        assertThat(item.path("recordKey").asString()).isEqualTo(bad.key());
        assertThat(item.path("field").asString()).isEqualTo("phone");
        assertThat(item.path("rule").asString()).isEqualTo("REGEX");
        assertThat(item.path("batchId").asString()).isEqualTo(uplink.batchId());
        // ... and so does its node, on its quarantine topic.
        assertThat(HubFixture.readAll(Topics.quarantine(provider))).hasSize(1);
        // Another department does not.
        assertThat(hub.call(
                                "GET",
                                "/api/exchange/quarantine?provider=" + provider,
                                CatalogTokens.token("sys", consumer, "DEPT_SYSTEM"))
                        .statusCode())
                .isEqualTo(403);

        awaitDownlinks(consumer, 1);
        List<ResourceRecord> accepted = HubFixture.readAll(Topics.resource(resource)).stream()
                .map(m -> ExchangeJson.decode(m.value(), ResourceRecord.class))
                .toList();
        assertThat(accepted).extracting(ResourceRecord::key).containsExactly(good1.key(), good2.key());
        assertThat(accepted.get(0).data()).isEqualTo(good1.data());
        assertThat(accepted.get(0).sourceDept()).isEqualTo(provider);
        assertThat(accepted.get(0).version()).isEqualTo(1001);

        List<Envelope> delivered = downlinks(consumer);
        assertThat(delivered).hasSize(1);
        Envelope downlink = delivered.get(0);
        assertThat(EnvelopeSigning.verify(downlink, EnvelopeKeys.readPublicKey(hubKey.publicKeyPem())))
                .isTrue();
        assertThat(downlink.sender()).isEqualTo("gx-hub");
        assertThat(downlink.records()).extracting(ExchangeRecord::version).containsExactly(1001L, 1002L);
        assertThat(downlink.records().get(0).data())
                .containsOnlyKeys("idNumber", "name", "birthDate")
                .containsEntry("idNumber", good1.key())
                .containsEntry("name", "张**")
                .containsEntry("birthDate", "1990-01-01");

        String reader = CatalogTokens.token("ops", null, "OPERATOR");
        JsonNode batch = hub.getJson("/api/exchange/batches/" + uplink.batchId(), reader);
        assertThat(batch.path("uplink").path("accepted").asInt()).isEqualTo(2);
        assertThat(batch.path("uplink").path("rejected").asInt()).isEqualTo(1);
        assertThat(batch.path("deliveries").get(0).path("state").asString()).isEqualTo("SENT");

        var receipt = new Receipt(downlink.batchId(), "node-c", consumer, resource, 2, 0, List.of(), Instant.now());
        EmbeddedKafka.createTopics(Topics.receipt(consumer));
        hub.publishRaw(Topics.receipt(consumer), downlink.batchId(), ExchangeJson.encode(receipt));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(hub.getJson("/api/exchange/batches/" + uplink.batchId(), reader)
                                .path("deliveries")
                                .get(0)
                                .path("state")
                                .asString())
                        .isEqualTo("DELIVERED"));
        // A repeated receipt (the node got the batch again) changes nothing: the first one counts.
        var repeated = new Receipt(downlink.batchId(), "node-c", consumer, resource, 0, 2, List.of(), Instant.now());
        double repeats = meters.counter("gx.exchange.receipts", "outcome", "repeated_or_unknown")
                .count();
        hub.publishRaw(Topics.receipt(consumer), downlink.batchId(), ExchangeJson.encode(repeated));
        await().atMost(WAIT)
                .until(() -> meters.counter("gx.exchange.receipts", "outcome", "repeated_or_unknown")
                                .count()
                        > repeats);
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT result FROM audit_event WHERE batch_id = ? AND kind = 'BATCH_DELIVERED'",
                        String.class,
                        downlink.batchId()))
                .isEqualTo("ALLOWED"));
        // The downlink batch id shows that delivery, to the subscriber too.
        JsonNode delivery = hub.getJson(
                "/api/exchange/batches/" + downlink.batchId(), CatalogTokens.token("sys", consumer, "DEPT_SYSTEM"));
        assertThat(delivery.path("deliveries").get(0).path("applied").asInt()).isEqualTo(2);
    }

    @Test
    void aForgedSignatureIsRefusedAndAudited() {
        Envelope forged = signed(envelope(provider, resource, List.of(person(1, 1))), other);

        hub.publish(provider, forged);

        awaitBatch(forged, "REJECTED");
        assertThat(reason(forged)).isEqualTo("SIGNATURE_INVALID");
        assertThat(HubFixture.readAll(Topics.resource(resource))).isEmpty();
        assertThat(downlinkRows(forged)).isZero();
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT denial_code FROM audit_event WHERE batch_id = ? AND kind = 'BATCH_REJECTED'",
                        String.class,
                        forged.batchId()))
                .isEqualTo("SIGNATURE_INVALID"));
    }

    @Test
    void aTamperedEnvelopeIsRefused() {
        Envelope original = signed(envelope(provider, resource, List.of(person(1, 1))), provider);
        Envelope tampered = new Envelope(
                original.batchId(),
                resource,
                1,
                provider,
                original.createdAt(),
                List.of(person(2, 1)),
                original.signature());

        hub.publish(provider, tampered);

        awaitBatch(tampered, "REJECTED");
        assertThat(reason(tampered)).isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void aDepartmentThatIsNotTheProviderIsRefused() {
        hub.registerDepartment(other);
        Envelope uplink = signed(envelope(other, resource, List.of(person(1, 1))), other);

        hub.publish(other, uplink);

        awaitBatch(uplink, "REJECTED");
        assertThat(reason(uplink)).isEqualTo("NOT_PROVIDER");
        assertThat(HubFixture.readAll(Topics.resource(resource))).isEmpty();
    }

    @Test
    void aSenderPublishingOnAnotherDepartmentsUplinkIsRefused() {
        Envelope uplink = signed(envelope(provider, resource, List.of(person(1, 1))), provider);
        hub.registerDepartment(other);

        hub.publish(other, uplink);

        awaitBatch(other, uplink.batchId(), "REJECTED");
    }

    @Test
    void unparseableBytesAreQuarantinedAsMalformed() {
        String batchId = UUID.randomUUID().toString();

        hub.publishRaw(Topics.uplink(provider), batchId, "{not json".getBytes(StandardCharsets.UTF_8));

        awaitBatch(provider, batchId, "REJECTED");
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM uplink_batch WHERE sender = ? AND batch_id = ?",
                        String.class,
                        provider,
                        batchId))
                .isEqualTo("MALFORMED");
    }

    @Test
    void aRedeliveredBatchIsDeliveredOnce() {
        Envelope uplink = signed(envelope(provider, resource, List.of(person(1, 1))), provider);
        Envelope marker = signed(envelope(provider, resource, List.of(person(2, 1))), provider);

        hub.publish(provider, uplink);
        hub.publish(provider, uplink);
        hub.publish(provider, marker);

        awaitBatch(marker, "ACCEPTED");
        awaitDownlinks(consumer, 2);
        assertThat(downlinks(consumer)).hasSize(2);
        assertThat(HubFixture.readAll(Topics.resource(resource))).hasSize(2);
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        Envelope newer = signed(envelope(provider, resource, List.of(person(1, 200))), provider);
        Envelope older = signed(envelope(provider, resource, List.of(person(1, 100), person(2, 1))), provider);

        hub.publish(provider, newer);
        hub.publish(provider, older);

        awaitBatch(older, "ACCEPTED");
        assertThat(jdbc.queryForObject(
                        "SELECT stale_count FROM uplink_batch WHERE batch_id = ?", Integer.class, older.batchId()))
                .isEqualTo(1);
        awaitDownlinks(consumer, 2);
        List<Envelope> delivered = downlinks(consumer);
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(1).records()).extracting(ExchangeRecord::key).containsExactly(HubFixture.idNumber(2));
        assertThat(HubFixture.readAll(Topics.resource(resource)).stream()
                        .map(m -> ExchangeJson.decode(m.value(), ResourceRecord.class))
                        .filter(r -> r.key().equals(HubFixture.idNumber(1)))
                        .map(ResourceRecord::version))
                .containsExactly(200L);
    }

    @Test
    void aRevokedGrantStopsItsDownlinkWithinTenSeconds() {
        Envelope before = signed(envelope(provider, resource, List.of(person(1, 1))), provider);
        hub.publish(provider, before);
        awaitBatch(before, "ACCEPTED");
        assertThat(downlinkRows(before)).isEqualTo(1);

        hub.grants(resource);
        hub.publishJson(
                Topics.CATALOG_EVENTS,
                "grant",
                Map.of(
                        "eventId", UUID.randomUUID().toString(),
                        "type", "GRANT_REVOKED",
                        "subjectId", "grant-x",
                        "occurredAt", Instant.now().toString(),
                        "data", HubFixture.grant(resource, consumer)));

        Instant revoked = Instant.now();
        int[] version = {10};
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Envelope probe = signed(envelope(provider, resource, List.of(person(1, version[0]++))), provider);
                    hub.publish(provider, probe);
                    awaitBatch(probe, "ACCEPTED");
                    return downlinkRows(probe) == 0;
                });
        assertThat(Duration.between(revoked, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aNotSharedResourceIsKeptButNeverSentDown() {
        String secret = HubFixture.resource();
        hub.registerResource(secret, provider, "NOT_SHARED");
        hub.grants(secret, consumer);
        Envelope uplink = signed(envelope(provider, secret, List.of(person(1, 1))), provider);

        hub.publish(provider, uplink);

        awaitBatch(uplink, "ACCEPTED");
        await().atMost(WAIT)
                .until(() -> HubFixture.readAll(Topics.resource(secret)).size() == 1);
        assertThat(downlinkRows(uplink)).isZero();
        assertThat(downlinks(consumer)).isEmpty();
    }

    @Test
    void anUnreachableCatalogDelaysTheBatchWithoutLosingOrQuarantiningIt() {
        catalog.stubFor(
                get("/api/catalog/lookup/departments/" + provider + "/keys").willReturn(serverError()));
        Envelope uplink = signed(envelope(provider, resource, List.of(person(1, 1))), provider);

        hub.publish(provider, uplink);

        await().atMost(WAIT)
                .untilAsserted(() -> catalog.verify(
                        com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly(2),
                        getRequestedFor(urlPathEqualTo("/api/catalog/lookup/departments/" + provider + "/keys"))));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM uplink_batch WHERE batch_id = ?", Integer.class, uplink.batchId()))
                .isZero();

        hub.registerDepartment(provider);

        awaitBatch(uplink, "ACCEPTED");
        awaitDownlinks(consumer, 1);
    }

    /** Waits until at least {@code count} downlinks are committed, then checks there are exactly that many. */
    private static void awaitDownlinks(String consumer, int count) {
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> downlinks(consumer).size() >= count);
        assertThat(downlinks(consumer)).hasSize(count);
    }

    private void awaitBatch(Envelope envelope, String state) {
        awaitBatch(envelope.sender(), envelope.batchId(), state);
    }

    private void awaitBatch(String sender, String batchId, String state) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(jdbc.queryForList(
                        "SELECT state FROM uplink_batch WHERE sender = ? AND batch_id = ?",
                        String.class,
                        sender,
                        batchId))
                .containsExactly(state));
    }

    private String reason(Envelope envelope) {
        return jdbc.queryForObject(
                "SELECT reason FROM uplink_batch WHERE sender = ? AND batch_id = ?",
                String.class,
                envelope.sender(),
                envelope.batchId());
    }

    private int downlinkRows(Envelope uplink) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM downlink_batch WHERE uplink_sender = ? AND uplink_batch_id = ?",
                Integer.class,
                uplink.sender(),
                uplink.batchId());
    }
}
