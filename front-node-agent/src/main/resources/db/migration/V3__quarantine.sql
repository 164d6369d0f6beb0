-- Problem data the hub returned on gx.quarantine.<dept> (问题数据反馈): one row per rejected record and broken rule.
-- (batch_id, seq) is the notice item, so a redelivered notice adds nothing. A whole rejected batch is stored as
-- one row per record of that batch (from the outbox), or as one row without a key when the outbox no longer has it.
-- An entry is open until resolved: ACCEPTED when a later batch carrying the key at the same or a newer version was
-- accepted by the hub, SUPERSEDED when the hub quarantined the key again (the newer entry stays open).
CREATE TABLE node_quarantine (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    batch_id          VARCHAR(64)  NOT NULL COMMENT 'the uplink batch the hub rejected records of',
    seq               INT          NOT NULL,
    resource_code     VARCHAR(32)  NULL,
    record_key        VARCHAR(255) NULL COMMENT 'null: the batch as a whole, its records no longer known here',
    version           BIGINT       NULL,
    field             VARCHAR(64)  NULL,
    rule              VARCHAR(32)  NOT NULL,
    reason            VARCHAR(500) NULL,
    batch_rejected    TINYINT(1)   NOT NULL,
    quarantined_at    DATETIME(3)  NOT NULL COMMENT 'when the hub rejected it',
    received_at       DATETIME(3)  NOT NULL,
    scanned_to        BIGINT       NOT NULL DEFAULT 0 COMMENT 'outbox rows up to this id were searched for a retry',
    retry_batch_id    VARCHAR(64)  NULL COMMENT 'a later batch carrying this key again, waiting for the hub verdict',
    resolved_at       DATETIME(3)  NULL,
    resolution        VARCHAR(16)  NULL,
    resolved_by_batch VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_node_quarantine_item (batch_id, seq),
    KEY idx_node_quarantine_key (resource_code, record_key),
    KEY idx_node_quarantine_open (resolved_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
