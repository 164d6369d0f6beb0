-- Whether a key's newest accepted record deleted it: reconciliation compares only live keys. Rows accepted before
-- this column existed count as live until their key changes again.
ALTER TABLE resource_key_version
    ADD COLUMN deleted TINYINT(1) NOT NULL DEFAULT 0 AFTER version;
