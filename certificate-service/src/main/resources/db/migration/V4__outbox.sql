-- Transactional outbox: a change and its messages (index records, audit events) commit together; the relay
-- publishes rows to Kafka and marks them sent only after the broker acknowledged them.
CREATE TABLE outbox_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    CHAR(36)     NOT NULL,
    topic       VARCHAR(128) NOT NULL,
    message_key VARCHAR(160) NOT NULL,
    event_type  VARCHAR(64)  NOT NULL,
    payload     MEDIUMTEXT   NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    sent_at     DATETIME(3)  NULL,
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  VARCHAR(500) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY idx_outbox_unsent (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
