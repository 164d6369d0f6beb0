-- Outbox rows are written once and never updated. A batch is a range of one resource's rows (first_id..last_id),
-- recorded in node_outbox_batch when it is claimed (its id and claim time, the envelope's createdAt) and marked
-- sent there once the broker acknowledged it. A batch sent but not marked before a crash goes out again with
-- the same id and content.
ALTER TABLE node_outbox
    DROP KEY idx_node_outbox_unsent,
    DROP COLUMN sent_at,
    MODIFY record_key VARCHAR(255) NOT NULL,
    ADD KEY idx_node_outbox_resource (resource_code, id);

CREATE TABLE node_outbox_batch (
    batch_id      VARCHAR(64)  NOT NULL,
    resource_code VARCHAR(32)  NOT NULL,
    first_id      BIGINT       NOT NULL,
    last_id       BIGINT       NOT NULL,
    records       INT          NOT NULL,
    claimed_at    DATETIME(3)  NOT NULL,
    sent_at       DATETIME(3)  NULL,
    PRIMARY KEY (batch_id),
    UNIQUE KEY uk_node_outbox_batch_first (resource_code, first_id),
    KEY idx_node_outbox_batch_last (resource_code, last_id),
    KEY idx_node_outbox_batch_unsent (sent_at, first_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Appends to one resource's outbox are serialised on its row here, so that resource's rows commit in id order
-- and no row is ever committed inside a range already claimed.
CREATE TABLE node_outbox_lock (
    resource_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (resource_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- last_key: the key column values of the last extracted row, as a JSON array of strings.
-- last_version: epoch microseconds (UTC wall clock) for DATETIME/TIMESTAMP version columns, else the number.
ALTER TABLE node_watermark
    MODIFY last_key VARCHAR(1024) NOT NULL;

-- Downlink batches applied to the department's database, with the receipt sent for them: a redelivered
-- batch is recognised here and gets the same receipt again.
CREATE TABLE node_applied_batch (
    batch_id      VARCHAR(64)  NOT NULL,
    resource_code VARCHAR(32)  NOT NULL,
    applied       INT          NOT NULL,
    ignored       INT          NOT NULL,
    failed        INT          NOT NULL,
    receipt       MEDIUMTEXT   NOT NULL COMMENT 'the receipt JSON as sent',
    backfill      TINYINT(1)   NOT NULL DEFAULT 0,
    applied_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (batch_id),
    KEY idx_node_applied_batch_resource (resource_code, applied_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The version of keys deleted from a subscribe target (delete-mode DELETE, or FLAG without a row), so an older
-- record arriving later does not bring the row back.
CREATE TABLE node_tombstone (
    resource_code VARCHAR(32)  NOT NULL,
    record_key    VARCHAR(255) NOT NULL,
    version       BIGINT       NOT NULL,
    deleted_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (resource_code, record_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
