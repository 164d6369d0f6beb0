package org.govexchange.starter.outbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code outbox_event} table each outbox service creates in its own Flyway migration:
 *
 * <pre>
 * id BIGINT AUTO_INCREMENT PRIMARY KEY, event_id CHAR(36) UNIQUE, topic VARCHAR(128), message_key VARCHAR(…),
 * event_type VARCHAR(64), payload MEDIUMTEXT, created_at DATETIME(3), sent_at DATETIME(3) NULL,
 * attempts INT DEFAULT 0, last_error VARCHAR(500) NULL, KEY (sent_at, id)
 * </pre>
 *
 * Plain SQL rather than a MyBatis mapper: the starter must not take part in the service's mapper scanning.
 */
public class OutboxStore {

    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;

    public OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One queued message. */
    public record Row(long id, String eventId, String topic, String messageKey, String eventType, String payload) {}

    void insert(String eventId, String topic, String messageKey, String eventType, String payload, Instant at) {
        jdbc.sql("INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, created_at, attempts)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0)")
                .params(eventId, topic, messageKey, eventType, payload, utc(at))
                .update();
    }

    /** The oldest unsent rows, locked; SKIP LOCKED lets several instances of a service relay side by side. */
    List<Row> lockUnsent(int limit) {
        return jdbc.sql("SELECT id, event_id, topic, message_key, event_type, payload FROM outbox_event"
                        + " WHERE sent_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(limit)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    void markSent(long id, Instant at) {
        jdbc.sql("UPDATE outbox_event SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .params(utc(at), id)
                .update();
    }

    void markFailed(long id, String error) {
        String bounded = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        jdbc.sql("UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(bounded, id)
                .update();
    }

    int purgeSentBefore(Instant before) {
        return jdbc.sql("DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ? LIMIT 1000")
                .param(utc(before))
                .update();
    }

    /** Rows not yet acknowledged by the broker. */
    public long unsent() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE sent_at IS NULL")
                .query(Long.class)
                .single();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
