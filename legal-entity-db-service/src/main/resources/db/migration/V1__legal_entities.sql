-- 法人库: one row per legal entity, keyed by its unified social credit code (GB 32100).
CREATE TABLE legal_entity (
    credit_code          CHAR(18)      NOT NULL,
    name                 VARCHAR(256)  NOT NULL,
    entity_type          VARCHAR(32)   NOT NULL,
    legal_representative VARCHAR(64)   NULL,
    registered_capital   DECIMAL(20,2) NULL,
    established_date     DATE          NULL,
    business_scope       TEXT          NULL,
    address              VARCHAR(256)  NULL,
    status               VARCHAR(16)   NOT NULL DEFAULT 'ACTIVE',
    version              BIGINT        NOT NULL,
    source_dept          CHAR(18)      NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    PRIMARY KEY (credit_code),
    KEY idx_legal_entity_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
