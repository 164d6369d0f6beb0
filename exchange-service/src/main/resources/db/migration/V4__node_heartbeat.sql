-- What a node's heartbeat reports (gx.node.heartbeat).
ALTER TABLE exchange_node
    ADD COLUMN interval_millis BIGINT      NULL,
    ADD COLUMN outbox_size     BIGINT      NULL,
    ADD COLUMN lag_json        TEXT        NULL,
    ADD COLUMN last_sync_at    DATETIME(3) NULL;
