package org.govexchange.starter.outbox;

import org.govexchange.contracts.audit.AuditEvent;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emits audit events to {@code gx.audit} through the outbox, in the transaction of the audited change: a change
 * that rolls back leaves no audit event behind, and a committed one always has its event.
 */
public class AuditTrail {

    private final Outbox outbox;

    public AuditTrail(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        outbox.append(AuditEvent.TOPIC, event.eventId().toString(), event.kind().name(), event.eventId(), event);
    }
}
