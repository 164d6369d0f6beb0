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

-- Public keys a department's front node signs uplink envelopes with. Rotation keeps the old key valid
-- until its not_after, so envelopes signed just before the switch still verify.
CREATE TABLE department_key (
    key_id          VARCHAR(64)  NOT NULL,
    department_code CHAR(18)     NOT NULL,
    alg             VARCHAR(16)  NOT NULL,
    public_key_pem  TEXT         NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    not_before      DATETIME(3)  NOT NULL,
    not_after       DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (key_id),
    UNIQUE KEY uk_department_key_fingerprint (fingerprint),
    KEY idx_department_key_department (department_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- OAuth2 clients (client credentials). Only the bcrypt hash of a secret is kept; the secret is shown once.
CREATE TABLE client_account (
    client_id         VARCHAR(64)  NOT NULL,
    secret_hash       VARCHAR(100) NOT NULL,
    roles             VARCHAR(200) NOT NULL,
    department_code   CHAR(18)     NULL,
    status            VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    secret_rotated_at DATETIME(3)  NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (client_id),
    KEY idx_client_account_department (department_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The key pair that signs access tokens, generated at first start so tokens survive restarts.
-- private_key is PKCS#8, AES-GCM encrypted when gx.catalog.identity.key-encryption-secret is set.
CREATE TABLE signing_key (
    key_id      VARCHAR(64) NOT NULL,
    alg         VARCHAR(16) NOT NULL,
    public_key  TEXT        NOT NULL,
    private_key TEXT        NOT NULL,
    encrypted   TINYINT(1)  NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
