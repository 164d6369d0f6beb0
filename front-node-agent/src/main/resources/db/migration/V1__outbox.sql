-- The node's store-and-forward outbox: extracted records wait here until the broker has acknowledged them.
CREATE TABLE node_outbox (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    resource_code VARCHAR(32)  NOT NULL,
    record_key    VARCHAR(128) NOT NULL,
    op            VARCHAR(8)   NOT NULL COMMENT 'UPSERT or DELETE',
    version       BIGINT       NOT NULL,
    payload       MEDIUMTEXT   NOT NULL COMMENT 'the record as JSON',
    created_at    DATETIME(3)  NOT NULL,
    sent_at       DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_node_outbox_unsent (sent_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Extraction position per published resource: the last (version, key) written to the outbox.
CREATE TABLE node_watermark (
    resource_code VARCHAR(32)  NOT NULL,
    last_version  BIGINT       NOT NULL,
    last_key      VARCHAR(128) NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (resource_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
