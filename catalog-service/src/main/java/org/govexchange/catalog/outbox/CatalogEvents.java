package org.govexchange.catalog.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.govexchange.starter.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues {@link CatalogEvent}s for {@code gx.catalog.events} in the transaction of the change they announce. */
@Service
public class CatalogEvents {

    private final Outbox outbox;
    private final Clock clock;

    public CatalogEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the event; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publishCatalogEvent(String type, String messageKey, String subjectId, Object data) {
        var event = new CatalogEvent(UUID.randomUUID(), type, subjectId, Instant.now(clock), data);
        outbox.append(CatalogEvent.TOPIC, messageKey, type, event.eventId(), event);
        return event.eventId();
    }
}
