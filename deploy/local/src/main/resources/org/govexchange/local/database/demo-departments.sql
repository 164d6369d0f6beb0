-- The demo departments' own business databases, which the two demo front nodes extract from and write back to.
-- Public security bureau (公安局): the source of resident basic information.
CREATE DATABASE IF NOT EXISTS dept_psb CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS dept_psb.resident (
    id_number         CHAR(18)     NOT NULL PRIMARY KEY,
    name              VARCHAR(64)  NOT NULL,
    gender            CHAR(1),
    birth_date        DATE,
    residence_address VARCHAR(256),
    phone             VARCHAR(32),
    status            VARCHAR(16),
    updated_at        DATETIME(3)  NOT NULL,
    deleted           TINYINT(1)   NOT NULL DEFAULT 0
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
