package org.govexchange.exchange.uplink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.govexchange.contracts.audit.AuditEvent;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.exchange.deadletter.DeadLetters;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an uplink message the hub cannot process on {@code gx.hub.deadletter}, inside the poll's Kafka
 * transaction (so it is committed past exactly once, together with the other envelopes), with an audit event
 * ({@code MESSAGE_DEAD_LETTERED}, the reason as denial code) and a count in {@code gx.exchange.deadletter}.
 */
@Component
class UplinkDeadLetter {

    /** The topic's department part is no department code. */
    static final String DEPARTMENT_INVALID = "DEPARTMENT_INVALID";
    /** Not JSON, not an envelope. */
    static final String MALFORMED = UplinkProcessor.MALFORMED;
    /** The catalog knows no such resource. */
    static final String RESOURCE_UNKNOWN = UplinkProcessor.RESOURCE_UNKNOWN;
    /** {@code createdAt} before 2000-01-01 or more than a day ahead. */
    static final String CREATED_AT_OUT_OF_RANGE = "CREATED_AT_OUT_OF_RANGE";
    /** The catalog answered the lookup for this message with a 4xx about the request. */
    static final String CATALOG_REFUSED = "CATALOG_REFUSED";
    /** Anything else that went wrong with this one envelope. */
    static final String PROCESSING_FAILED = "PROCESSING_FAILED";

    static final Instant EARLIEST_CREATED_AT = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration LATEST_CREATED_AHEAD = Duration.ofDays(1);

    private static final String SOURCE = "uplink";

    private final DeadLetters deadLetters;
    private final JsonMapper json = JsonMapper.builder().build();

    UplinkDeadLetter(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** Why {@code createdAt} is refused before any work, or null when it is within 2000-01-01 … now + 1 day. */
    static String createdAtProblem(Instant createdAt, Instant now) {
        if (createdAt == null) {
            return "createdAt is missing";
        }
        if (createdAt.isBefore(EARLIEST_CREATED_AT) || createdAt.isAfter(now.plus(LATEST_CREATED_AHEAD))) {
            return "createdAt " + createdAt + " is outside " + EARLIEST_CREATED_AT + " … now + 1 day";
        }
        return null;
    }

    /**
     * Adds the dead letter of {@code message} to {@code work}.
     *
     * @param department the sender (the topic's department), null when the topic names none
     * @param batchId the batch id, null when unknown
     */
    void add(
            UplinkWork work,
            ConsumerRecord<byte[], byte[]> message,
            String department,
            String batchId,
            String reason,
            String detail,
            Instant now) {
        work.messages.add(DeadLetters.letter(
                message.topic(),
                message.partition(),
                message.offset(),
                message.key(),
                message.value(),
                message.headers(),
                reason,
                detail));
        String source = message.topic() + "-" + message.partition() + "@" + message.offset();
        // One id per Kafka position: a poll replayed after a crash audits the message once.
        UUID eventId = UUID.nameUUIDFromBytes(("deadletter|" + source).getBytes(StandardCharsets.UTF_8));
        AuditEvent event = AuditEvent.builder(AuditKind.MESSAGE_DEAD_LETTERED)
                .eventId(eventId)
                .occurredAt(now)
                .actorDept(department)
                .operation("UPLINK DEAD_LETTER " + truncate(source, 100))
                .result(AuditResult.DENIED)
                .denialCode(reason)
                .batchId(batchId)
                .payloadSha256(message.value() == null ? null : sha256(message.value()))
                .build();
        work.messages.add(new ProducerRecord<>(
                AuditEvent.TOPIC, eventId.toString().getBytes(StandardCharsets.UTF_8), json.writeValueAsBytes(event)));
        work.metrics.add(() -> deadLetters.count(SOURCE, reason));
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
