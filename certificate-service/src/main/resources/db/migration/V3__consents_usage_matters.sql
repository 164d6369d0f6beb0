-- 用证授权: a holder allows one consumer department to use certificates of some types (or one certificate)
-- for one matter, until valid_until, at most max_uses times.
CREATE TABLE consent (
    consent_id     CHAR(36)     NOT NULL,
    holder_id      VARCHAR(32)  NOT NULL,
    holder_kind    VARCHAR(16)  NOT NULL,
    certificate_id VARCHAR(160) NULL COMMENT 'set when the consent covers one certificate',
    consumer_dept  VARCHAR(32)  NOT NULL,
    matter_code    VARCHAR(64)  NOT NULL,
    valid_until    DATETIME(3)  NOT NULL,
    max_uses       INT          NOT NULL,
    remaining_uses INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL COMMENT 'ACTIVE or WITHDRAWN',
    created_at     DATETIME(3)  NOT NULL,
    created_by     VARCHAR(128) NOT NULL,
    withdrawn_at   DATETIME(3)  NULL,
    PRIMARY KEY (consent_id),
    KEY idx_consent_holder (holder_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE consent_type (
    consent_id CHAR(36)    NOT NULL,
    type_code  VARCHAR(21) NOT NULL,
    PRIMARY KEY (consent_id, type_code),
    CONSTRAINT fk_consent_type_consent FOREIGN KEY (consent_id) REFERENCES consent (consent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- 用证记录: every retrieval, shown to the holder.
CREATE TABLE certificate_usage (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    certificate_id VARCHAR(160) NOT NULL,
    type_code      VARCHAR(21)  NOT NULL,
    holder_id      VARCHAR(32)  NOT NULL,
    consumer_dept  VARCHAR(32)  NOT NULL,
    client_id      VARCHAR(128) NULL,
    action         VARCHAR(16)  NOT NULL,
    matter_code    VARCHAR(64)  NULL,
    consent_id     CHAR(36)     NULL,
    purpose        VARCHAR(128) NULL,
    case_id        VARCHAR(128) NULL,
    request_id     VARCHAR(128) NULL,
    used_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_usage_holder (holder_id, used_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- 事项 and the certificate types they require (免提交).
CREATE TABLE matter (
    matter_code VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (matter_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE matter_material (
    matter_code   VARCHAR(64)  NOT NULL,
    type_code     VARCHAR(21)  NOT NULL,
    material_name VARCHAR(200) NOT NULL,
    position      INT          NOT NULL,
    PRIMARY KEY (matter_code, type_code),
    CONSTRAINT fk_material_matter FOREIGN KEY (matter_code) REFERENCES matter (matter_code),
    CONSTRAINT fk_material_type FOREIGN KEY (type_code) REFERENCES certificate_type (type_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
