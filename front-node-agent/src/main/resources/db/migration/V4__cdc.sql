-- Change data capture (CDC mode, org.govexchange.node.cdc): Debezium's offsets and schema history live in the node's
-- store, next to the outbox, so the capture resumes where the outbox left off.

-- Debezium's source offsets (Kafka Connect's OffsetBackingStore), written only after the outbox write committed.
CREATE TABLE node_cdc_offset (
    offset_key   VARBINARY(1024) NOT NULL COMMENT 'JSON [engine name, source partition]',
    offset_value MEDIUMBLOB      NULL     COMMENT 'JSON source offset: binlog file, pos, events and rows to skip',
    updated_at   DATETIME(3)     NOT NULL,
    PRIMARY KEY (offset_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Debezium's schema history: the DDL of the captured tables, replayed at start to read older binlog events.
CREATE TABLE node_cdc_schema_history (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    engine     VARCHAR(64) NOT NULL,
    document   MEDIUMTEXT  NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_cdc_history_engine (engine, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Written in the same transaction as the outbox rows: the last version handed out (versions follow commit order)
-- and the binlog position of the last change appended, so a replay after a crash appends nothing twice.
CREATE TABLE node_cdc_state (
    engine       VARCHAR(64)  NOT NULL,
    last_version BIGINT       NOT NULL,
    binlog_file  VARCHAR(255) NULL,
    binlog_pos   BIGINT       NULL,
    binlog_row   INT          NULL,
    updated_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (engine)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
