-- Departments (members of the exchange). code is the agency's unified social credit code (GB 32100).
CREATE TABLE department (
    code        CHAR(18)     NOT NULL,
    name        VARCHAR(128) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code CHAR(18)     NULL,
    contact     VARCHAR(256) NULL,
    status      VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (code),
    KEY idx_department_parent (parent_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
