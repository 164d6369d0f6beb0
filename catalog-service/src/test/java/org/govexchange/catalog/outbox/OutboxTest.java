package org.govexchange.catalog.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.govexchange.catalog.CatalogApiTest;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.starter.outbox.testing.OutboxOutage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The transactional outbox: events survive a broker outage and are delivered once it is reachable. */
class OutboxTest extends CatalogApiTest {

    @Autowired
    ApplicationContext context;

    @Test
    void eventsWaitWhileKafkaIsUnreachableAndAreDeliveredOnceItIsBack() {
        String code;
        try (var outage = OutboxOutage.begin(context)) {
            code = newDepartment("离线测试局").code();
            assertThat(outage.relayOnce()).isZero();
            assertThat(outage.relayOnce()).isZero();
            List<Map<String, Object>> waiting =
                    jdbc.queryForList("select event_id, sent_at from outbox_event where message_key = ?", code);
            assertThat(waiting).hasSize(1);
            assertThat(waiting.get(0).get("sent_at")).isNull();
            Map<String, Object> oldest = jdbc.queryForMap(
                    "select attempts, last_error from outbox_event where sent_at is null order by id limit 1");
            assertThat((Integer) oldest.get("attempts")).isEqualTo(2);
            assertThat((String) oldest.get("last_error")).isNotBlank();
        }

        String eventId =
                jdbc.queryForObject("select event_id from outbox_event where message_key = ?", String.class, code);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select sent_at from outbox_event where event_id = ?", Object.class, eventId)
                        != null);
        var delivered = awaitRecords("gx.catalog.events", r -> r.value().contains(eventId));
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0).key()).isEqualTo(code);
        assertThat(delivered.get(0).value())
                .contains("\"type\":\"DEPARTMENT_REGISTERED\"")
                .contains("\"subjectId\":\"" + code + "\"")
                .contains("\"occurredAt\"");
    }

    @Test
    void auditEventsReadBackAsThePlatformContractRecord() {
        String clientId = clientId("contract");
        newAccount(clientId, "OPERATOR");

        var records = awaitAudit("ACCOUNT_CREATED", clientId);

        AuditEvent event = json.readValue(records.get(0).value(), AuditEvent.class);
        assertThat(records.get(0).key()).isEqualTo(event.eventId().toString());
        assertThat(event.kind()).isEqualTo(AuditKind.ACCOUNT_CREATED);
        assertThat(event.actorClient()).isEqualTo(ADMIN_ID);
        assertThat(event.operation()).contains(clientId).contains("OPERATOR");
    }
}
