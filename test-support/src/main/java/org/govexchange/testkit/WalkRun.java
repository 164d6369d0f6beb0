package org.govexchange.testkit;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govexchange.testkit.HostileValues.Body;
import org.govexchange.testkit.HostileValues.Value;
import org.govexchange.testkit.OpenApiOperations.Operation;
import org.govexchange.testkit.OpenApiOperations.Param;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One run of a {@link HostileWalk}: the requests of every operation, their checks and the findings. */
final class WalkRun {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"[^\"]+\"");

    private final HostileWalk walk;
    private final OpenApiOperations document;
    private final TableSnapshot tables;
    private final List<HostileFinding> findings = new ArrayList<>();
    private final Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
    private int requests;

    // per operation
    private Operation operation;
    private boolean writes;
    private Map<String, Long> before;
    private int answered;
    private int refusedAtDoor;

    WalkRun(HostileWalk walk, OpenApiOperations document, TableSnapshot tables) {
        this.walk = walk;
        this.document = document;
        this.tables = tables;
    }

    List<HostileFinding> findings() {
        return findings;
    }

    int requests() {
        return requests;
    }

    /** Per operation, how many answers had each status: shows how deep the walk got. */
    Map<String, Map<Integer, Integer>> statuses() {
        return statuses;
    }

    void operation(Operation op, boolean writesRows, boolean doorOnly) throws IOException, InterruptedException {
        operation = op;
        writes = writesRows;
        answered = 0;
        refusedAtDoor = 0;
        before = tables.take();
        Map<String, String> path = benignParams(op, "path");
        Map<String, String> query = benignParams(op, "query");
        Map<String, String> headers = benignParams(op, "header");
        JsonNode body = op.body() == null ? null : walk.seedsBody(document, op);
        String bodyText = body == null ? null : HostileWalk.json(body);
        String type =
                op.bodyType() == null ? null : op.bodyType().contains("json") ? "application/json" : op.bodyType();

        for (Param param : op.params()) {
            for (Value value : HostileValues.forSlot(document.slot(param.schema()))) {
                Map<String, String> p = new LinkedHashMap<>(path);
                Map<String, String> q = new LinkedHashMap<>(query);
                Map<String, String> h = new LinkedHashMap<>(headers);
                switch (param.in()) {
                    case "path" -> p.put(param.name(), value.text());
                    case "query" -> q.put(param.name(), value.text());
                    case "header" -> h.put(param.name(), value.text());
                    default -> {
                        continue;
                    }
                }
                call(param.in() + " " + param.name(), value.label(), p, q, h, type, bodyText);
            }
        }
        if (body != null && type.equals("application/json")) {
            Map<String, JsonNode> slots = new LinkedHashMap<>();
            document.slots(op.body(), "", 0, slots);
            for (var slot : slots.entrySet()) {
                JsonNode spoilt = placeholderAt(body, slot.getKey());
                if (spoilt == null) {
                    continue;
                }
                String template = HostileWalk.json(spoilt);
                for (Value value : HostileValues.forSlot(document.slot(slot.getValue()))) {
                    String text = template.replace("\"" + HostileWalk.placeholder() + "\"", value.json());
                    call("body " + slot.getKey(), value.label(), path, query, headers, type, text);
                }
            }
        }
        if (body != null) {
            for (Body whole : Body.values()) {
                call("body", whole.name(), path, query, headers, contentType(whole, type), wholeBody(whole, bodyText));
            }
        }
        if (answered == 0 && op.method().equals("GET")) {
            call("(none)", "no input", path, query, headers, null, null);
        }
        if (!writes) {
            List<String> changed = TableSnapshot.changed(before, tables.take()).stream()
                    .filter(table -> !walk.mayTouch(operation.key(), table))
                    .toList();
            if (!changed.isEmpty()) {
                record("(tables)", "-", 0, "ROWS_CHANGED " + changed, "");
            }
        }
        if (answered > 0 && refusedAtDoor == answered && !doorOnly) {
            record("(door)", "-", 0, "EVERY_ANSWER_401_403", "the credentials never reach the operation");
        }
    }

    private void call(
            String slot,
            String label,
            Map<String, String> path,
            Map<String, String> query,
            Map<String, String> headers,
            String contentType,
            String body)
            throws IOException, InterruptedException {
        Map<String, String> allHeaders = new LinkedHashMap<>(headers);
        allHeaders.putAll(walk.credentialsFor(operation.method(), operation.path()));
        if (writes) {
            before = tables.take();
        }
        HttpResponse<String> response;
        try {
            response = walk.send(operation.method(), target(path, query), allHeaders, contentType, body);
        } catch (IOException e) {
            record(slot, label, 0, "NO_ANSWER " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return;
        }
        if (response == null) {
            return; // no HTTP client sends this (a control character in a header): nothing to check
        }
        requests++;
        answered++;
        int status = response.statusCode();
        statuses.computeIfAbsent(operation.key(), k -> new java.util.TreeMap<>())
                .merge(status, 1, Integer::sum);
        String answer = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status == 401 || status == 403) {
            refusedAtDoor++;
        }
        if (status >= 500) {
            record(slot, label, status, "SERVER_ERROR", answer);
        } else if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                record(slot, label, status, "NOT_PROBLEM_JSON " + type, answer);
            } else if (!CODE.matcher(answer).find()) {
                record(slot, label, status, "PROBLEM_WITHOUT_CODE", answer);
            }
        } else if (status < 200 || status >= 300) {
            record(slot, label, status, "UNEXPECTED_STATUS", answer);
        }
        if (writes && (status < 200 || status >= 300)) {
            List<String> changed = TableSnapshot.changed(before, tables.take()).stream()
                    .filter(table -> !walk.mayTouch(operation.key(), table))
                    .toList();
            if (!changed.isEmpty()) {
                record(slot, label, status, "REFUSED_BUT_ROWS_CHANGED " + changed, answer);
            }
        }
    }

    private void record(String slot, String label, int status, String problem, String body) {
        findings.add(new HostileFinding(
                operation.key(),
                slot,
                label,
                status,
                problem,
                HostileFinding.head(body),
                walk.isKnown(operation.key(), slot, label)));
    }

    private Map<String, String> benignParams(Operation op, String in) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Param param : op.params()) {
            if (param.in().equals(in)
                    && (param.required() || in.equals("path") || walk.seeds(op).containsKey(param.name()))) {
                JsonNode value = document.benign(param.name(), param.schema(), walk.seeds(op), 0);
                values.put(param.name(), value.isString() ? value.asString() : HostileWalk.json(value));
            }
        }
        return values;
    }

    private String target(Map<String, String> path, Map<String, String> query) {
        Matcher matcher = Pattern.compile("\\{([^}/]+)}").matcher(operation.path());
        var out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).split(":")[0];
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(HostileWalk.encodeSegment(path.getOrDefault(name, "x"))));
        }
        matcher.appendTail(out);
        String separator = "?";
        for (var entry : query.entrySet()) {
            out.append(separator)
                    .append(HostileWalk.encodeQuery(entry.getKey()))
                    .append('=')
                    .append(HostileWalk.encodeQuery(entry.getValue()));
            separator = "&";
        }
        return out.toString();
    }

    /** A copy of {@code body} with the placeholder at {@code pointer}, or null if the benign body lacks it. */
    private static JsonNode placeholderAt(JsonNode body, String pointer) {
        JsonNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? copy : copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.put(last, HostileWalk.placeholder());
            return copy;
        }
        if (parent instanceof ArrayNode array && !array.isEmpty()) {
            array.set(0, array.stringNode(HostileWalk.placeholder()));
            return copy;
        }
        return null;
    }

    private static String contentType(Body whole, String type) {
        return switch (whole) {
            case WRONG_CONTENT_TYPE -> "text/plain";
            case XML_CONTENT_TYPE -> "application/xml";
            default -> type;
        };
    }

    private static String wholeBody(Body whole, String valid) {
        return switch (whole) {
            case TRUNCATED -> valid.substring(0, Math.max(1, valid.length() / 2));
            case EMPTY -> "";
            case ARRAY_FOR_OBJECT -> valid.startsWith("[") ? "{}" : "[]";
            case STRING_FOR_OBJECT -> "\"x\"";
            case NULL -> "null";
            case NAN -> "NaN";
            case DEEP_NESTING -> "[".repeat(5_000) + "]".repeat(5_000);
            case WRONG_CONTENT_TYPE -> valid;
            case XML_CONTENT_TYPE -> "<a>x</a>";
        };
    }
}
