-- What the node delivered into each subscribe target, per key: the version and a hash of the row as written (NULL
-- once deleted). Reconciliation compares the table with it to find rows changed or deleted by hand there.
CREATE TABLE node_delivered_row (
    resource_code VARCHAR(32)  NOT NULL,
    record_key    VARCHAR(255) NOT NULL,
    version       BIGINT       NOT NULL,
    row_hash      BINARY(32)   NULL,
    PRIMARY KEY (resource_code, record_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One reconciliation run of a subscribed resource: counts, the keys found (JSON, capped), and the repair asked for.
CREATE TABLE node_reconciliation (
    reconciliation_id VARCHAR(64)  NOT NULL,
    resource_code     VARCHAR(32)  NOT NULL,
    trigger_ref       VARCHAR(16)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    compared          BIGINT       NOT NULL DEFAULT 0,
    missing           BIGINT       NOT NULL DEFAULT 0,
    extra             BIGINT       NOT NULL DEFAULT 0,
    stale             BIGINT       NOT NULL DEFAULT 0,
    changed           BIGINT       NOT NULL DEFAULT 0,
    report            MEDIUMTEXT   NULL COMMENT 'the keys per kind as JSON, at most 1000 each',
    backfill_id       VARCHAR(64)  NULL,
    error             VARCHAR(500) NULL,
    started_at        DATETIME(3)  NOT NULL,
    finished_at       DATETIME(3)  NULL,
    PRIMARY KEY (reconciliation_id),
    KEY idx_node_reconciliation_resource (resource_code, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
