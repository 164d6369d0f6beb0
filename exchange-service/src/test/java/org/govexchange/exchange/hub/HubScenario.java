package org.govexchange.exchange.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.govexchange.exchange.HubIntegration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A hub test around one registered provider department and a fresh resource code: the fixture that plays the
 * nodes and the catalog is opened before each test and closed after it, once every batch the test's senders
 * uploaded is audited (the hub's audit events land asynchronously, and later tests count them).
 */
public abstract class HubScenario extends HubIntegration {

    /** How long a test waits for the hub. */
    protected static final Duration WAIT = Duration.ofSeconds(30);

    /** Generous: after a test that stopped or crashed the uplink loop, it has to catch up first. */
    private static final Duration AUDITED = Duration.ofSeconds(60);

    protected HubFixture hub;
    protected String provider;
    protected String resource;

    @BeforeEach
    void openHubWithAProvider() {
        hub = new HubFixture(catalog, port);
        provider = HubFixture.department();
        resource = HubFixture.resource();
        hub.registerDepartment(provider);
    }

    /** The departments whose uploaded batches must be audited before the next test; the provider by default. */
    protected List<String> senders() {
        return List.of(provider);
    }

    @AfterEach
    void awaitAuditedBatchesAndCloseHub() {
        List<String> senders = senders();
        String placeholders = String.join(", ", Collections.nCopies(senders.size(), "?"));
        await().atMost(AUDITED).untilAsserted(() -> assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM uplink_batch u WHERE u.sender IN (" + placeholders + ") AND NOT EXISTS"
                                + " (SELECT 1 FROM audit_event a WHERE a.batch_id = u.batch_id)",
                        Integer.class,
                        senders.toArray()))
                .isZero());
        hub.close();
    }
}
