-- 电子证照类型: typeCode = defining authority's credit code + 3-digit sequence.
CREATE TABLE certificate_type (
    type_code       VARCHAR(32)  NOT NULL,
    name            VARCHAR(128) NOT NULL,
    holder_kind     VARCHAR(16)  NOT NULL COMMENT 'PERSON or ORGANISATION',
    validity_days   INT          NULL,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (type_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
