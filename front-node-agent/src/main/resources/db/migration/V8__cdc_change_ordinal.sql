-- The last appended change's place is its transaction's start (binlog_file, binlog_pos) and its ordinal among the
-- captured changes of that transaction as read from its start: Debezium's event and row counts differ between a
-- first read and a resumed one, so they cannot tell a replay. A position stored by an older node (event and row)
-- reads as the transaction's start: its replayed transaction is appended again once, with newer versions.
ALTER TABLE node_cdc_state
    CHANGE binlog_event binlog_change BIGINT NULL,
    DROP COLUMN binlog_row;
UPDATE node_cdc_state SET binlog_change = NULL;
