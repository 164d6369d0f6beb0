-- Data resources (信息资源) with the core metadata of the catalog guide (GB/T 21063).
-- code = classification (类 1 digit + 项 2 + 目 3) '/' 6-digit sequence within the classification.
CREATE TABLE resource (
    code            VARCHAR(16)   NOT NULL,
    classification  CHAR(6)       NOT NULL,
    sequence_no     INT           NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    provider_code   CHAR(18)      NOT NULL,
    category        VARCHAR(16)   NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    format          VARCHAR(16)   NOT NULL,
    share_type      VARCHAR(16)   NOT NULL,
    share_condition VARCHAR(1000) NULL,
    legal_basis     VARCHAR(1000) NULL,
    share_methods   VARCHAR(64)   NOT NULL,
    open_type       VARCHAR(16)   NOT NULL,
    update_cycle    VARCHAR(16)   NOT NULL,
    publish_date    DATE          NULL,
    related_codes   VARCHAR(1000) NULL,
    api_path        VARCHAR(256)  NULL,
    status          VARCHAR(16)   NOT NULL,
    current_version INT           NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    PRIMARY KEY (code),
    UNIQUE KEY uk_resource_sequence (classification, sequence_no),
    KEY idx_resource_provider (provider_code),
    KEY idx_resource_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Field lists (信息项) per schema version. A published resource whose fields change gets a new version;
-- grants keep the version they were given.
CREATE TABLE resource_schema (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    resource_code VARCHAR(16) NOT NULL,
    version       INT         NOT NULL,
    fields_json   MEDIUMTEXT  NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_resource_schema_version (resource_code, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
