-- The audit log: one row per event, linked into a SHA-256 hash chain (docs/audit-log.md).
-- Rows are only ever inserted. In production the application's user holds INSERT and SELECT on
-- audit_event and audit_checkpoint, and UPDATE only on audit_chain_head; migrations run as another user.
-- utf8mb4_bin: filters match byte for byte, as evidence must.
CREATE TABLE audit_event (
    sequence        BIGINT        NOT NULL,
    event_id        CHAR(36)      NOT NULL,
    occurred_at     DATETIME(3)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    actor_dept      VARCHAR(64)   NULL,
    actor_client    VARCHAR(128)  NULL,
    target_resource VARCHAR(128)  NULL,
    provider_dept   VARCHAR(64)   NULL,
    operation       VARCHAR(255)  NULL,
    result          VARCHAR(16)   NOT NULL,
    denial_code     VARCHAR(64)   NULL,
    record_count    BIGINT        NULL,
    fields          TEXT          NULL,
    purpose         VARCHAR(255)  NULL,
    case_id         VARCHAR(128)  NULL,
    request_id      VARCHAR(128)  NULL,
    batch_id        VARCHAR(128)  NULL,
    payload_sha256  VARCHAR(128)  NULL,
    signature_ref   VARCHAR(1024) NULL,
    latency_ms      BIGINT        NULL,
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    PRIMARY KEY (sequence),
    UNIQUE KEY uk_audit_event_event_id (event_id),
    -- Each filter combined with the time range; InnoDB appends the primary key (sequence) to every
    -- secondary index, so "newest first" (occurred_at desc, sequence desc) is read straight off the index.
    KEY idx_audit_event_time (occurred_at),
    KEY idx_audit_event_actor (actor_dept, occurred_at),
    KEY idx_audit_event_provider (provider_dept, occurred_at),
    KEY idx_audit_event_resource (target_resource, occurred_at),
    KEY idx_audit_event_purpose (purpose, occurred_at),
    KEY idx_audit_event_case (case_id, occurred_at),
    KEY idx_audit_event_result (result, occurred_at),
    KEY idx_audit_event_kind (kind, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The end of the chain. Appenders lock this one row (SELECT ... FOR UPDATE), so appends from any
-- thread or instance form one linear, gap-free chain.
CREATE TABLE audit_chain_head (
    id       TINYINT  NOT NULL,
    sequence BIGINT   NOT NULL,
    hash     CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO audit_chain_head (id, sequence, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The head (sequence, hash) signed with the hub's Ed25519 key at intervals: cutting off the end of the
-- log, or rewriting it and every hash after, no longer matches a signed checkpoint.
CREATE TABLE audit_checkpoint (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    sequence  BIGINT       NOT NULL,
    hash      CHAR(64)     NOT NULL,
    key_id    VARCHAR(64)  NOT NULL,
    signature VARCHAR(128) NOT NULL,
    signed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_audit_checkpoint_sequence (sequence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
