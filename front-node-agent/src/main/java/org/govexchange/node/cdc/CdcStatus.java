package org.govexchange.node.cdc;

import java.time.Instant;
import java.util.List;

/**
 * The binlog capture in {@code GET /node/status}.
 *
 * @param state STOPPED, STARTING, SNAPSHOT, STREAMING or FAILED (retrying)
 * @param tables the captured tables (database.table)
 * @param snapshotRows rows taken by the initial snapshot so far
 * @param changes changes appended to the outbox since start (snapshot rows included)
 * @param replayed changes seen again after a restart and not appended twice
 * @param binlogPosition the last change appended: file:position:row
 * @param lastChangeAt when the last change was appended
 * @param error why the capture is not running; null when it is
 * @param schemaChanges columns added to or dropped from a captured table, newest last
 */
public record CdcStatus(
        String state,
        List<String> tables,
        long snapshotRows,
        long changes,
        long replayed,
        String binlogPosition,
        Instant lastChangeAt,
        String error,
        List<SchemaChange> schemaChanges) {

    /**
     * @param added columns that appeared
     * @param dropped columns that went away; a dropped mapped column's field is no longer sent
     */
    public record SchemaChange(
            String resourceCode, String table, Instant at, List<String> added, List<String> dropped) {}
}
