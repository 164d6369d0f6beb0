package org.govexchange.certificate.outbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends messages to the outbox inside the caller's transaction, so a change and its messages commit or
 * roll back together. {@link OutboxRelay} publishes them.
 */
@Service
public class Outbox {

    private final OutboxMapper outbox;
    private final JsonMapper json;
    private final Clock clock;

    public Outbox(OutboxMapper outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Queues {@code payload} (serialized as JSON) for {@code topic}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String messageKey, String type, UUID eventId, Object payload) {
        var row = new OutboxEvent();
        row.setEventId(eventId.toString());
        row.setTopic(topic);
        row.setMessageKey(messageKey);
        row.setEventType(type);
        row.setPayload(json.writeValueAsString(payload));
        row.setCreatedAt(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        row.setAttempts(0);
        outbox.insert(row);
    }
}
