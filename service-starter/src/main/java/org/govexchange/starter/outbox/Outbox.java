package org.govexchange.starter.outbox;

import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends messages to the outbox inside the caller's transaction, so a change and its messages commit or
 * roll back together. {@link OutboxRelay} publishes them.
 */
public class Outbox {

    private final OutboxStore store;
    private final JsonMapper json;
    private final Clock clock;

    public Outbox(OutboxStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** Queues {@code payload} (serialized as JSON) for {@code topic}, keyed {@code messageKey}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String messageKey, String type, UUID eventId, Object payload) {
        store.insert(eventId.toString(), topic, messageKey, type, json.writeValueAsString(payload), clock.instant());
    }
}
