package org.govexchange.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The state of a service's own tables: {@code CHECKSUM TABLE} of each (any changed cell shows), or only the row
 * count of tables a background job legitimately updates in place, minus tables the caller names as touched for a
 * stated reason.
 */
final class TableSnapshot {

    private final JdbcTemplate jdbc;
    private final List<String> checksummed = new ArrayList<>();
    private final List<String> counted = new ArrayList<>();

    TableSnapshot(JdbcTemplate jdbc, Map<String, String> ignored, Map<String, String> countOnly) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = database()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name",
                String.class);
        for (String table : tables) {
            if (ignored.containsKey(table)) {
                continue;
            }
            (countOnly.containsKey(table) ? counted : checksummed).add(table);
        }
    }

    /** The tables watched (checksummed or counted): a walk that watches none proves nothing. */
    List<String> watched() {
        List<String> all = new ArrayList<>(checksummed);
        all.addAll(counted);
        return all;
    }

    Map<String, Long> take() {
        Map<String, Long> state = new LinkedHashMap<>();
        if (!checksummed.isEmpty()) {
            String names = checksummed.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "));
            jdbc.query("CHECKSUM TABLE " + names, row -> {
                String qualified = row.getString(1);
                state.put(qualified.substring(qualified.indexOf('.') + 1), row.getLong(2));
            });
        }
        for (String table : counted) {
            state.put(table + " (rows)", jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
        }
        return state;
    }

    /**
     * Waits until two snapshots a moment apart agree: consumers and relays of earlier test classes in the same
     * context must have settled, or their work would read as the walk's.
     */
    void awaitQuiet() {
        var last = new java.util.concurrent.atomic.AtomicReference<>(take());
        Awaitility.await()
                .pollDelay(Duration.ofMillis(300))
                .pollInterval(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(60))
                .until(() -> {
                    Map<String, Long> now = take();
                    return now.equals(last.getAndSet(now));
                });
    }

    /** The tables whose state differs between two snapshots. */
    static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        return after.keySet().stream()
                .filter(table -> !Objects.equals(before.get(table), after.get(table)))
                .toList();
    }
}
