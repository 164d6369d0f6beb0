package org.govexchange.contracts.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void builderFillsIdTimeAndAllowedResult() {
        Instant before = Instant.now();
        AuditEvent event = AuditEvent.builder(AuditKind.GRANT_APPROVED)
                .actorDept("91350100M000100Y43")
                .actorClient("psb-admin")
                .targetResource("101001/000001")
                .fields(List.of("idNumber", "name"))
                .build();

        assertThat(event.eventId()).isNotNull();
        assertThat(event.occurredAt()).isAfterOrEqualTo(before);
        assertThat(event.result()).isEqualTo(AuditResult.ALLOWED);
        assertThat(event.kind()).isEqualTo(AuditKind.GRANT_APPROVED);
        assertThat(event.fields()).containsExactly("idNumber", "name");
        assertThat(event.latencyMs()).isNull();
        assertThat(AuditEvent.TOPIC).isEqualTo("gx.audit");
    }

    @Test
    void fieldsAreCopiedSoTheEventCannotChangeAfterwards() {
        List<String> fields = new ArrayList<>(List.of("a"));
        AuditEvent event = AuditEvent.builder(AuditKind.API_CALL).fields(fields).build();
        fields.add("b");
        assertThat(event.fields()).containsExactly("a");
    }

    @Test
    void identityTimeKindAndResultAreRequired() {
        assertThatThrownBy(() -> new AuditEvent(
                        UUID.randomUUID(),
                        Instant.now(),
                        AuditKind.API_CALL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("result");
    }
}
