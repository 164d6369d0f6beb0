package org.govexchange.certificate.audit;

import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.starter.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emits audit events to {@code gx.audit} through the outbox, in the transaction of the audited action: an
 * issue that rolls back leaves no event behind, and a committed retrieval always has its event.
 */
@Service
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
