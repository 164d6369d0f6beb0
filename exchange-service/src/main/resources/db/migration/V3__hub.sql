-- The exchange hub: uplink batches (also the de-duplication table), their per-subscriber deliveries,
-- quarantined records, the newest accepted version of every key, and backfill runs.

-- One row per uplink batch a sender published. (sender, batch_id) is unique: a batch seen here is never
-- processed a second time, unless it comes again from the very same Kafka position (the hub crashed
-- between this row's commit and the Kafka transaction's commit), in which case its outputs are re-sent.
CREATE TABLE uplink_batch (
    sender           VARCHAR(64)  NOT NULL,
    batch_id         VARCHAR(64)  NOT NULL,
    resource_code    VARCHAR(16)  NULL,
    state            VARCHAR(24)  NOT NULL,
    reason           VARCHAR(32)  NULL,
    record_count     INT          NOT NULL,
    accepted_count   INT          NOT NULL,
    rejected_count   INT          NOT NULL,
    stale_count      INT          NOT NULL,
    signature_ref    VARCHAR(200) NULL,
    created_at       DATETIME(3)  NULL,
    received_at      DATETIME(3)  NOT NULL,
    kafka_topic      VARCHAR(255) NOT NULL,
    kafka_partition  INT          NOT NULL,
    kafka_offset     BIGINT       NOT NULL,
    PRIMARY KEY (sender, batch_id),
    KEY idx_uplink_batch_id (batch_id),
    KEY idx_uplink_batch_resource (resource_code, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per envelope sent to a subscriber's downlink (live fan-out or backfill).
CREATE TABLE downlink_batch (
    batch_id         VARCHAR(64)   NOT NULL,
    department_code  VARCHAR(64)   NOT NULL,
    resource_code    VARCHAR(16)   NOT NULL,
    grant_id         VARCHAR(64)   NULL,
    uplink_sender    VARCHAR(64)   NULL,
    uplink_batch_id  VARCHAR(64)   NULL,
    backfill_id      VARCHAR(64)   NULL,
    record_count     INT           NOT NULL,
    state            VARCHAR(24)   NOT NULL,
    sent_at          DATETIME(3)   NOT NULL,
    delivered_at     DATETIME(3)   NULL,
    node_id          VARCHAR(64)   NULL,
    applied_count    INT           NULL,
    ignored_count    INT           NULL,
    failed_count     INT           NULL,
    failures         TEXT          NULL,
    PRIMARY KEY (batch_id),
    KEY idx_downlink_uplink (uplink_sender, uplink_batch_id),
    KEY idx_downlink_backfill (backfill_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Rejected records (问题数据) with the rule they broke, returned to their provider.
CREATE TABLE quarantine_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    provider_code    VARCHAR(64)   NOT NULL,
    batch_id         VARCHAR(64)   NOT NULL,
    seq              INT           NOT NULL,
    resource_code    VARCHAR(16)   NULL,
    record_key       VARCHAR(255)  NULL,
    field            VARCHAR(64)   NULL,
    rule_code        VARCHAR(32)   NOT NULL,
    reason           VARCHAR(500)  NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_quarantine_position (provider_code, batch_id, seq),
    KEY idx_quarantine_resource (resource_code, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The newest version accepted per key of a resource: an older version never replaces it.
CREATE TABLE resource_key_version (
    resource_code    VARCHAR(16)   NOT NULL,
    record_key       VARCHAR(255)  NOT NULL,
    version          BIGINT        NOT NULL,
    batch_id         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (resource_code, record_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Replays of gx.resource.<code> into a subscriber's downlink.
CREATE TABLE backfill_run (
    backfill_id      VARCHAR(64)   NOT NULL,
    department_code  VARCHAR(64)   NOT NULL,
    resource_code    VARCHAR(16)   NOT NULL,
    grant_id         VARCHAR(64)   NULL,
    trigger_ref      VARCHAR(100)  NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    total            BIGINT        NOT NULL,
    done             BIGINT        NOT NULL,
    error            VARCHAR(500)  NULL,
    started_at       DATETIME(3)   NOT NULL,
    finished_at      DATETIME(3)   NULL,
    PRIMARY KEY (backfill_id),
    UNIQUE KEY uk_backfill_trigger (trigger_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
