package org.govexchange.node.reconciliation;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.govexchange.contracts.exchange.ExchangeJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code node_reconciliation}: the runs and their reports, in the node's store. */
@Component
class ReconciliationRuns {

    private static final String COLUMNS = "reconciliation_id, resource_code, side, trigger_ref, state, compared,"
            + " missing, extra, stale, changed, report, backfill_id, resent, error, started_at, finished_at";

    private final JdbcTemplate store;

    ReconciliationRuns(JdbcTemplate store) {
        this.store = store;
    }

    void started(ReconciliationView run) {
        store.update(
                "INSERT INTO node_reconciliation (reconciliation_id, resource_code, side, trigger_ref, state,"
                        + " started_at) VALUES (?, ?, ?, ?, 'RUNNING', ?)",
                run.reconciliationId(),
                run.resourceCode(),
                run.side(),
                run.trigger(),
                Timestamp.from(run.startedAt()));
    }

    void finished(ReconciliationView run) {
        store.update(
                "UPDATE node_reconciliation SET state = ?, compared = ?, missing = ?, extra = ?, stale = ?, changed = ?,"
                        + " report = ?, backfill_id = ?, resent = ?, error = ?, finished_at = ? WHERE reconciliation_id = ?",
                run.state(),
                run.compared(),
                run.missing(),
                run.extra(),
                run.stale(),
                run.changed(),
                run.keys() == null ? null : new String(ExchangeJson.encode(run.keys()), StandardCharsets.UTF_8),
                run.backfillId(),
                run.resent(),
                run.error() == null || run.error().length() <= 500
                        ? run.error()
                        : run.error().substring(0, 500),
                Timestamp.from(run.finishedAt()),
                run.reconciliationId());
    }

    ReconciliationView find(String id) {
        List<ReconciliationView> found = store.query(
                "SELECT " + COLUMNS + " FROM node_reconciliation WHERE reconciliation_id = ?",
                (rs, n) -> view(rs, true),
                id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The newest runs of a resource, without their key lists. */
    List<ReconciliationView> latest(String resourceCode, int limit) {
        return store.query(
                "SELECT " + COLUMNS + " FROM node_reconciliation WHERE resource_code = ? ORDER BY started_at DESC"
                        + " LIMIT ?",
                (rs, n) -> view(rs, false),
                resourceCode,
                limit);
    }

    private static ReconciliationView view(ResultSet rs, boolean withKeys) throws SQLException {
        String report = rs.getString("report");
        Timestamp finished = rs.getTimestamp("finished_at");
        long resent = rs.getLong("resent");
        boolean resentNull = rs.wasNull();
        return new ReconciliationView(
                rs.getString("reconciliation_id"),
                rs.getString("resource_code"),
                rs.getString("side"),
                rs.getString("trigger_ref"),
                rs.getString("state"),
                rs.getLong("compared"),
                rs.getLong("missing"),
                rs.getLong("extra"),
                rs.getLong("stale"),
                rs.getLong("changed"),
                withKeys && report != null
                        ? ExchangeJson.decode(report.getBytes(StandardCharsets.UTF_8), ReconciliationView.Keys.class)
                        : null,
                rs.getString("backfill_id"),
                resentNull ? null : resent,
                rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
