-- 法人库: one row per legal entity, keyed by its unified social credit code (GB 32100). Sized for 1 M
-- entities: a lookup by code is one primary-key probe; name search goes through an index (below).
CREATE TABLE legal_entity (
    credit_code                    CHAR(18)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- Nullable: a secondary source may deliver an entity before the registry that knows its name.
    name                           VARCHAR(256)  NULL,
    entity_type                    VARCHAR(32)   NULL
        COMMENT 'ENTERPRISE, INDIVIDUAL_BUSINESS, SOCIAL_ORGANISATION, PUBLIC_INSTITUTION, GOVERNMENT_AGENCY',
    legal_representative           VARCHAR(64)   NULL,
    legal_representative_id_number CHAR(18)      CHARACTER SET ascii COLLATE ascii_bin NULL,
    registered_capital             DECIMAL(20,2) NULL,
    currency                       CHAR(3)       CHARACTER SET ascii COLLATE ascii_bin NULL COMMENT 'ISO 4217',
    established_on                 DATE          NULL,
    status                         VARCHAR(16)   NOT NULL DEFAULT 'OPERATING'
        COMMENT 'OPERATING, REVOKED, CANCELLED, MOVED_OUT',
    business_scope                 TEXT          NULL,
    address                        VARCHAR(256)  NULL,
    registration_authority         VARCHAR(128)  NULL,
    industry_code                  VARCHAR(5)    CHARACTER SET ascii COLLATE ascii_bin NULL COMMENT 'GB/T 4754',
    version                        BIGINT        NOT NULL COMMENT 'source version of the last applied change',
    source_dept                    VARCHAR(32)   NOT NULL COMMENT 'department of the last applied change',
    updated_at                     DATETIME(3)   NOT NULL,
    PRIMARY KEY (credit_code),
    -- Prefix search (name LIKE 'x%') is a range of this index, already in (name, credit_code) order.
    KEY idx_legal_entity_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- "Contains" search. InnoDB FULLTEXT splits words at spaces and punctuation, so an unspaced Chinese name
-- is one word there; MySQL 8 fixes that with the ngram parser, but MariaDB has none (on 11.4,
-- WITH PARSER ngram fails: "Function 'ngram' is not defined"), and our SQL must run on both. So each name is indexed here as its distinct 2-character
-- shingles (lower-cased): a search for 鑫源科技 looks up the entities having 鑫源, 源科 and 科技 (primary-key
-- probes, the rarest shingle driving) and confirms with name LIKE on those rows only. Rows are written
-- with the name, in the same transaction.
CREATE TABLE legal_entity_name_gram (
    gram        VARCHAR(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    credit_code CHAR(18)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (gram, credit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The newest version applied per source and entity: versions are monotonic per key at one source, not
-- across sources, so each source is ordered on its own. A redelivered or older record is dropped here.
CREATE TABLE legal_entity_source_version (
    credit_code   CHAR(18)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    resource_code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version       BIGINT      NOT NULL,
    op            VARCHAR(8)  NOT NULL,
    batch_id      VARCHAR(64) NULL,
    received_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (credit_code, resource_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Per-field provenance: which source set the current value of each field, with which version, when.
-- Rows from the bulk loader have none: their fields belong to the row's source_dept until a source
-- delivers them.
CREATE TABLE legal_entity_field_provenance (
    credit_code   CHAR(18)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    field         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    resource_code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    source_dept   VARCHAR(32) NOT NULL,
    version       BIGINT      NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (credit_code, field)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- 多源校核: two sources disagreed on a field. A is the value held before, B the one that arrived;
-- winner says which one the entity row now carries (the higher-priority source's).
CREATE TABLE legal_entity_conflict (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    credit_code CHAR(18)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    field       VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value_a     TEXT        NULL,
    source_a    VARCHAR(32) NOT NULL COMMENT 'resource code',
    dept_a      VARCHAR(32) NOT NULL,
    value_b     TEXT        NULL,
    source_b    VARCHAR(32) NOT NULL COMMENT 'resource code',
    dept_b      VARCHAR(32) NOT NULL,
    winner      CHAR(1)     NOT NULL COMMENT 'A or B',
    detected_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    -- The conflicts API pages newest first, optionally for one field.
    KEY idx_legal_entity_conflict_field (field, id),
    -- Reconciliation looks up the last disagreement on a field so a repeated one is stored once.
    KEY idx_legal_entity_conflict_entity (credit_code, field, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
