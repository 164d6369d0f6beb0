-- 电子证照类型. type_code = the defining authority's credit code (18) + a 3-digit sequence.
CREATE TABLE certificate_type (
    type_code       VARCHAR(21)  NOT NULL,
    name            VARCHAR(128) NOT NULL,
    holder_kind     VARCHAR(16)  NOT NULL COMMENT 'PERSON or ORGANISATION',
    field_schema    MEDIUMTEXT   NOT NULL COMMENT 'JSON array of field specs',
    validity_days   INT          NULL COMMENT 'default validity; NULL = long-term (长期)',
    created_at      DATETIME(3)  NOT NULL,
    created_by      VARCHAR(128) NULL,
    PRIMARY KEY (type_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The departments that may issue a type.
CREATE TABLE certificate_type_issuer (
    type_code   VARCHAR(21) NOT NULL,
    issuer_dept CHAR(18)    NOT NULL,
    PRIMARY KEY (type_code, issuer_dept),
    CONSTRAINT fk_type_issuer_type FOREIGN KEY (type_code) REFERENCES certificate_type (type_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
