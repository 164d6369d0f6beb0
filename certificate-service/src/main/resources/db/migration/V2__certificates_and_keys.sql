-- The platform's issuing keys. Private halves live in PEM files (gx.certificate.signing.key-directory);
-- public halves stay here with their validity windows, so certificates signed before a rotation still verify.
CREATE TABLE signing_key (
    key_id         VARCHAR(64)  NOT NULL,
    algorithm      VARCHAR(16)  NOT NULL COMMENT 'SM2-SM3 or Ed25519',
    public_key_pem TEXT         NOT NULL,
    valid_from     DATETIME(3)  NOT NULL,
    valid_to       DATETIME(3)  NULL COMMENT 'NULL while it is the issuing key',
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Serial numbers per type, issuer and year: serial = year + 7-digit sequence.
CREATE TABLE certificate_serial (
    type_code   VARCHAR(21) NOT NULL,
    issuer_code CHAR(18)    NOT NULL,
    serial_year INT         NOT NULL,
    last_value  BIGINT      NOT NULL,
    PRIMARY KEY (type_code, issuer_code, serial_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One issued certificate. content_json is the RFC 8785 canonical JSON that was signed; the other columns
-- are its searchable projection plus the mutable status.
CREATE TABLE certificate (
    certificate_id        VARCHAR(160) NOT NULL,
    type_code             VARCHAR(21)  NOT NULL,
    issuer_dept           CHAR(18)     NOT NULL,
    holder_kind           VARCHAR(16)  NOT NULL,
    holder_id             VARCHAR(32)  NOT NULL,
    holder_name           VARCHAR(256) NOT NULL,
    valid_from            DATE         NOT NULL,
    valid_to              DATE         NULL COMMENT 'NULL = long-term',
    issued_at             DATETIME(3)  NOT NULL,
    status                VARCHAR(16)  NOT NULL COMMENT 'VALID, SUSPENDED or REVOKED; EXPIRED is computed',
    status_reason         VARCHAR(500) NULL,
    status_changed_at     DATETIME(3)  NULL,
    record_version        BIGINT       NOT NULL COMMENT 'monotonic per certificate, for the index record',
    content_json          MEDIUMTEXT   NOT NULL,
    signature_alg         VARCHAR(16)  NOT NULL,
    key_id                VARCHAR(64)  NOT NULL,
    signature             VARCHAR(512) NOT NULL,
    attachment_name       VARCHAR(255) NULL,
    attachment_media_type VARCHAR(64)  NULL,
    attachment_size       BIGINT       NULL,
    attachment_sha256     CHAR(64)     NULL,
    PRIMARY KEY (certificate_id),
    KEY idx_certificate_holder (holder_id, type_code),
    KEY idx_certificate_type_issuer (type_code, issuer_dept),
    CONSTRAINT fk_certificate_type FOREIGN KEY (type_code) REFERENCES certificate_type (type_code),
    CONSTRAINT fk_certificate_key FOREIGN KEY (key_id) REFERENCES signing_key (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE certificate_attachment (
    certificate_id VARCHAR(160) NOT NULL,
    content        LONGBLOB     NOT NULL,
    PRIMARY KEY (certificate_id),
    CONSTRAINT fk_attachment_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (certificate_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every revocation, suspension and reinstatement, with who and why.
CREATE TABLE certificate_status_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    certificate_id VARCHAR(160) NOT NULL,
    from_status    VARCHAR(16)  NOT NULL,
    to_status      VARCHAR(16)  NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    actor_dept     VARCHAR(32)  NOT NULL,
    actor_client   VARCHAR(128) NULL,
    changed_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_status_change_certificate (certificate_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
