-- Watermark mode: what was last sent for each key of a published table. A row read again (by the re-scan behind
-- the watermark, or after an update that kept its timestamp) is sent only when its content hash differs, and then
-- with a version above the last one sent for the key, so the hub and the sinks take it.
CREATE TABLE node_source_hash (
    resource_code VARCHAR(32)  NOT NULL,
    record_key    VARCHAR(255) NOT NULL,
    content_hash  BINARY(32)   NOT NULL COMMENT 'SHA-256 of the record op and data as JSON, without the version',
    version       BIGINT       NOT NULL COMMENT 'the version the key was last sent with',
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (resource_code, record_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
