-- Front-end exchange nodes known to the hub and their last heartbeat.
CREATE TABLE exchange_node (
    node_id           VARCHAR(64)  NOT NULL,
    department_code   CHAR(18)     NOT NULL,
    status            VARCHAR(16)  NOT NULL DEFAULT 'UNKNOWN',
    last_heartbeat_at DATETIME(3)  NULL,
    registered_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (node_id),
    KEY idx_exchange_node_department (department_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
