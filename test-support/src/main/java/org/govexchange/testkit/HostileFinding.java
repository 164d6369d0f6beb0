package org.govexchange.testkit;

import java.util.List;

/**
 * One row of a {@link HostileWalk}'s report: which operation, which slot (a path, query or header parameter, a
 * body property as a JSON pointer, the whole body, or the tables), which value, and what came back.
 */
public record HostileFinding(
        String operation, String slot, String value, int status, String problem, String bodyHead, boolean known) {

    static final int BODY_HEAD = 140;

    static String head(String body) {
        String shown = body == null ? "" : body;
        var out = new StringBuilder();
        for (char c : shown.substring(0, Math.min(shown.length(), BODY_HEAD)).toCharArray()) {
            out.append(c < 0x20 ? '·' : c);
        }
        return shown.length() > BODY_HEAD ? out + "…" : out.toString();
    }

    /** The findings as a fixed-width table, one per line. */
    static String table(List<HostileFinding> findings) {
        var out = new StringBuilder(String.format(
                "%-6s | %-52s | %-28s | %-30s | %-6s | %-34s | %s%n",
                "result", "operation", "slot", "value", "status", "problem", "body head"));
        for (HostileFinding f : findings) {
            out.append(String.format(
                    "%-6s | %-52s | %-28s | %-30s | %-6s | %-34s | %s%n",
                    f.known() ? "KNOWN" : "FAIL",
                    f.operation(),
                    f.slot(),
                    f.value(),
                    f.status() == 0 ? "-" : Integer.toString(f.status()),
                    f.problem(),
                    f.bodyHead()));
        }
        return out.toString();
    }
}
