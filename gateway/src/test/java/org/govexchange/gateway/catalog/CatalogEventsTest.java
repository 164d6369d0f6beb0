package org.govexchange.gateway.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.gateway.GatewayIntegrationTest;
import org.govexchange.gateway.TestTokens;
import org.govexchange.testkit.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wiremock.spring.InjectWireMock;

/** One catalog event that cannot be applied is dropped alone: the events after it in the same poll still apply. */
class CatalogEventsTest extends GatewayIntegrationTest {

    private static final String PERSON = "/api/population/persons/11010519491231002X";

    @InjectWireMock("population-db-service")
    WireMockServer population;

    @Autowired
    MeterRegistry meters;

    @Test
    void aMalformedGrantEventDoesNotDropTheRevocationAfterItInTheSamePoll() throws Exception {
        String dept = CreditCodes.compose("11350100", "00350108");
        stubGrant(dept, POPULATION, "grant-behind-a-bad-event", 0);
        population.stubFor(get(urlPathEqualTo(PERSON)).willReturn(okJson("{}")));
        WebTestClient client = as(TestTokens.department(dept));
        call(client).expectStatus().isOk();
        double invalidBefore = invalid();

        stubNoGrant(dept, POPULATION);
        // A GRANT_CREATED whose grant cannot be read, then the revocation, sent as one batch: one poll.
        String malformed = event("GRANT_CREATED", "grant-broken", "{\"grantId\":[\"x\"],\"fields\":\"none\"}");
        String revoked = event(
                "GRANT_REVOKED",
                "grant-behind-a-bad-event",
                grantJson(dept, POPULATION, "grant-behind-a-bad-event", 0, "REVOKED"));
        Map<String, Object> config = EmbeddedKafka.clientProperties();
        config.put(ProducerConfig.LINGER_MS_CONFIG, 200);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            var first = producer.send(new ProducerRecord<>("gx.catalog.events", "grant", malformed));
            var second = producer.send(new ProducerRecord<>("gx.catalog.events", "grant", revoked));
            producer.flush();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> call(client)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("GRANT_MISSING"));
        assertThat(invalid()).isGreaterThan(invalidBefore);
    }

    private static WebTestClient.ResponseSpec call(WebTestClient client) {
        return client.get()
                .uri(PERSON)
                .header("X-GX-Purpose", "SOCIAL_SECURITY")
                .exchange();
    }

    private double invalid() {
        var counter = meters.find(CatalogEvents.INVALID_METRIC).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String event(String type, String subjectId, String dataJson) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"subjectId\":\"" + subjectId
                + "\",\"occurredAt\":\"" + Instant.now() + "\",\"data\":" + dataJson + "}";
    }
}
