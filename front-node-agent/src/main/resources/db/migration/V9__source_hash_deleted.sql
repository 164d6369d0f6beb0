-- Whether the last record sent for a key deleted it: source reconciliation compares the live keys with the hub's.
-- CDC mode keeps this table too from now on (what it sent per key), so both modes can be reconciled.
ALTER TABLE node_source_hash
    ADD COLUMN deleted TINYINT(1) NOT NULL DEFAULT 0 AFTER version;

-- A run reconciles a subscribe target (COPY) or a published table (SOURCE); a source's repair sends records again.
ALTER TABLE node_reconciliation
    ADD COLUMN side VARCHAR(8) NOT NULL DEFAULT 'COPY' AFTER resource_code,
    ADD COLUMN resent BIGINT NULL AFTER backfill_id;
