package org.govexchange.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a {@link HostileWalk} did and found. */
public record HostileWalkResult(
        List<String> documented,
        List<String> walked,
        List<String> watchedTables,
        List<String> unknownNames,
        List<HostileFinding> findings,
        Map<String, Map<Integer, Integer>> statuses,
        int requests,
        Duration took) {

    public List<HostileFinding> failures() {
        return findings.stream().filter(f -> !f.known()).toList();
    }

    public List<HostileFinding> known() {
        return findings.stream().filter(HostileFinding::known).toList();
    }

    String summary() {
        return "Hostile walk: " + walked.size() + " of " + documented.size() + " operations, " + requests
                + " requests, " + watchedTables.size() + " tables watched, " + took.toMillis() + " ms, "
                + failures().size() + " failures, " + known().size() + " known findings"
                + (findings.isEmpty() ? "" : System.lineSeparator() + HostileFinding.table(findings));
    }

    /** Per operation, the answers by status; operations that took no request are named too. */
    public String statusTable() {
        var out = new StringBuilder();
        walked.stream()
                .filter(operation -> !statuses.containsKey(operation))
                .forEach(operation -> out.append(String.format("%-60s no input to spoil%n", operation)));
        statuses.forEach((operation, counts) -> {
            out.append(String.format("%-60s", operation));
            counts.forEach((status, count) ->
                    out.append(' ').append(status).append('×').append(count));
            out.append(System.lineSeparator());
        });
        return out.toString();
    }

    /**
     * The acceptance: the document lists operations, every configured name is one of them, tables are watched,
     * and nothing but known findings turned up.
     */
    public void assertClean() {
        assertThat(documented).as("operations in the OpenAPI document").isNotEmpty();
        assertThat(unknownNames)
                .as("configured operations missing from the document")
                .isEmpty();
        assertThat(watchedTables).as("tables watched").isNotEmpty();
        assertThat(failures()).as(summary()).isEmpty();
    }
}
