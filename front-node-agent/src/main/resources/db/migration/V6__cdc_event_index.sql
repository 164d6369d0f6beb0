-- A transaction's row events all carry the transaction's start position, and each restarts its row count at 0:
-- the index of the event within the transaction is what orders them (Debezium's offset "event").
ALTER TABLE node_cdc_state ADD COLUMN binlog_event BIGINT NULL AFTER binlog_pos;
