-- The demo departments' own business databases, which the demo front nodes extract from and write back to.
-- MariaDB only (the embedded one): IF NOT EXISTS on columns and indexes keeps the script re-runnable on old data.
-- Public security bureau (公安局): the source of resident basic information.
CREATE DATABASE IF NOT EXISTS dept_psb CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS dept_psb.resident (
    id_number         CHAR(18)     NOT NULL PRIMARY KEY,
    name              VARCHAR(64)  NOT NULL,
    gender            CHAR(1),
    birth_date        DATE,
    ethnicity         CHAR(2),
    residence_address VARCHAR(256),
    phone             VARCHAR(32),
    status            VARCHAR(16),
    updated_at        DATETIME(3)  NOT NULL,
    deleted           TINYINT(1)   NOT NULL DEFAULT 0
);

-- Stacks created before ethnicity was published.
ALTER TABLE dept_psb.resident ADD COLUMN IF NOT EXISTS ethnicity CHAR(2) AFTER birth_date;

-- The node's watermark extraction: WHERE updated_at >= ? ... ORDER BY updated_at, id_number.
CREATE INDEX IF NOT EXISTS idx_resident_version ON dept_psb.resident (updated_at, id_number);

-- Market supervision administration (市场监管局): the source of legal-entity registration data.
CREATE DATABASE IF NOT EXISTS dept_amr CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS dept_amr.enterprise (
    credit_code          CHAR(18)      NOT NULL PRIMARY KEY,
    name                 VARCHAR(256)  NOT NULL,
    entity_type          VARCHAR(32),
    legal_representative VARCHAR(64),
    registered_capital   DECIMAL(20,2),
    established_date     DATE,
    business_scope       VARCHAR(4000),
    address              VARCHAR(256),
    status               VARCHAR(16),
    updated_at           DATETIME(3)   NOT NULL,
    deleted              TINYINT(1)    NOT NULL DEFAULT 0,
    KEY idx_enterprise_version (updated_at, credit_code)
);

-- Human resources and social security bureau (人社局): receives the residents it subscribed to.
CREATE DATABASE IF NOT EXISTS dept_hrss CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS dept_hrss.shared_resident (
    id_number         CHAR(18)     NOT NULL PRIMARY KEY,
    name              VARCHAR(64),
    gender            CHAR(1),
    birth_date        DATE,
    residence_address VARCHAR(256),
    version           BIGINT,
    received_at       DATETIME(3)
);
