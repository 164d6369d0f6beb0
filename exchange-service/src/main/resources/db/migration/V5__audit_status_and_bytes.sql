-- Issue 4: an API call's audit event carries the HTTP status the caller got and the bytes of the response
-- body (AuditEvent.status, AuditEvent.responseBytes; docs/audit-log.md). Both nullable: rows stored before
-- hold NULL, which the canonical form leaves out, so their hashes verify unchanged. Appended at the end of
-- the table so that MariaDB (10.3+) and MySQL (8.0.12+) add them instantly, without rebuilding the log.
ALTER TABLE audit_event
    ADD COLUMN status         SMALLINT NULL,
    ADD COLUMN response_bytes BIGINT   NULL;
