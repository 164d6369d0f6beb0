-- 人口库: one row per resident, keyed by the 18-character resident ID number (GB 11643).
-- Sized for 5 M residents: every API lookup is one probe of a primary key (person, or the side tables'
-- composite keys, which start with the ID number). Keys are ASCII: a third of the bytes of utf8mb4, so
-- more of the index fits in the buffer pool.
CREATE TABLE person (
    id_number         CHAR(18)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- Nullable: a secondary source may deliver a resident before the source that knows the name.
    name              VARCHAR(64)  NULL,
    gender            CHAR(1)      NOT NULL COMMENT '1 male, 2 female (GB/T 2261.1), from the ID number',
    birth_date        DATE         NOT NULL COMMENT 'from the ID number',
    ethnicity         CHAR(2)      NULL COMMENT 'GB/T 3304 code',
    native_place      VARCHAR(128) NULL,
    household_address VARCHAR(256) NULL,
    residence_address VARCHAR(256) NULL,
    phone             VARCHAR(32)  NULL,
    household_type    VARCHAR(16)  NULL,
    status            VARCHAR(16)  NOT NULL DEFAULT 'ALIVE' COMMENT 'ALIVE, DECEASED, EMIGRATED, CANCELLED',
    version           BIGINT       NOT NULL COMMENT 'source version of the last applied change',
    source_dept       VARCHAR(32)  NOT NULL COMMENT 'department of the last applied change',
    updated_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (id_number)
    -- No name index: nothing looks residents up by name (verification goes by ID number), and every
    -- secondary index costs each of the 5 M inserts.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The newest version applied per source and resident: versions are monotonic per key at one source,
-- not across sources, so each source is ordered on its own. A redelivered or older record is dropped here.
CREATE TABLE person_source_version (
    id_number     CHAR(18)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    resource_code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version       BIGINT      NOT NULL,
    op            VARCHAR(8)  NOT NULL,
    batch_id      VARCHAR(64) NULL,
    received_at   DATETIME(3) NOT NULL,
    PRIMARY KEY (id_number, resource_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Per-field provenance: which source set the current value of each field, with which version, when.
-- Rows from the bulk loader have none: their fields belong to the row's source_dept until a source
-- delivers them.
CREATE TABLE person_field_provenance (
    id_number     CHAR(18)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    field         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    resource_code VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    source_dept   VARCHAR(32) NOT NULL,
    version       BIGINT      NOT NULL,
    updated_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id_number, field)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- 多源校核: two sources disagreed on a field. A is the value held before, B the one that arrived;
-- winner says which one the person row now carries (the higher-priority source's).
CREATE TABLE person_conflict (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    id_number     CHAR(18)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    field         VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value_a       VARCHAR(256) NULL,
    source_a      VARCHAR(32)  NOT NULL COMMENT 'resource code',
    dept_a        VARCHAR(32)  NOT NULL,
    value_b       VARCHAR(256) NULL,
    source_b      VARCHAR(32)  NOT NULL COMMENT 'resource code',
    dept_b        VARCHAR(32)  NOT NULL,
    winner        CHAR(1)      NOT NULL COMMENT 'A or B',
    detected_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    -- The conflicts API pages newest first, optionally for one field.
    KEY idx_person_conflict_field (field, id),
    -- Reconciliation looks up the last disagreement on a field so a repeated one is stored once.
    KEY idx_person_conflict_person (id_number, field, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
