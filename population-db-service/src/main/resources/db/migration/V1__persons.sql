-- 人口库: one row per resident, keyed by the 18-character resident ID number (GB 11643).
CREATE TABLE person (
    id_number         CHAR(18)     NOT NULL,
    name              VARCHAR(64)  NOT NULL,
    gender            CHAR(1)      NOT NULL COMMENT '1 male, 2 female (GB/T 2261.1)',
    birth_date        DATE         NOT NULL,
    ethnicity         CHAR(2)      NULL COMMENT 'GB/T 3304 code',
    native_place      VARCHAR(128) NULL,
    household_address VARCHAR(256) NULL,
    residence_address VARCHAR(256) NULL,
    phone             VARCHAR(32)  NULL,
    household_type    VARCHAR(16)  NULL,
    status            VARCHAR(16)  NOT NULL DEFAULT 'ALIVE',
    version           BIGINT       NOT NULL,
    source_dept       CHAR(18)     NOT NULL,
    updated_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (id_number),
    KEY idx_person_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
