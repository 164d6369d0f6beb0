package org.govexchange.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govexchange.testkit.HostileValues.Slot;
import org.govexchange.testkit.OpenApiOperations.Operation;
import org.govexchange.testkit.OpenApiOperations.Param;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks every operation of a running service's {@code /v3/api-docs} with the {@link HostileValues} table: one
 * hostile value in one slot at a time (path, query and header parameters, every body property, the whole body),
 * the rest benign. Every answer must be below 500, every 4xx a problem+json with a {@code code}, and no row of the
 * service's own tables may change, except where the caller names an operation that legitimately writes. All
 * failures are collected and printed as one table.
 */
public final class HostileWalk {

    /** The headers one request to an operation carries: a bearer token, an internal token, an API key. */
    @FunctionalInterface
    public interface Credentials {
        Map<String, String> headers(String method, String path);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLACEHOLDER = "@@hostile@@";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;
    private final JdbcTemplate jdbc;
    private Credentials credentials = (method, path) -> Map.of();
    private final Map<String, JsonNode> seeds = new LinkedHashMap<>();
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final Map<String, String> writes = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Map<String, String> doorOnly = new LinkedHashMap<>();
    private final Map<String, String> ignoredTables = new LinkedHashMap<>();
    private final Map<String, String> countedTables = new LinkedHashMap<>();
    private final Map<String, String> known = new LinkedHashMap<>();
    private final Map<String, String> touches = new LinkedHashMap<>();

    private HostileWalk(int port, JdbcTemplate jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    public static HostileWalk of(int port, JdbcTemplate jdbc) {
        return new HostileWalk(port, jdbc);
    }

    public HostileWalk credentials(Credentials credentials) {
        this.credentials = credentials;
        return this;
    }

    /** The benign value (JSON text) of every parameter and body property named {@code name}. */
    public HostileWalk seed(String name, String json) {
        seeds.put(name, JSON.readTree(json));
        return this;
    }

    /** The benign value of the parameter or body property {@code name} of one operation only. */
    public HostileWalk seed(String operation, String name, String json) {
        seeds.put(operation + " " + name, JSON.readTree(json));
        return this;
    }

    /** A valid body for {@code operation} ("POST /api/x"), which the walk spoils one property at a time. */
    public HostileWalk body(String operation, String json) {
        bodies.put(operation, json);
        return this;
    }

    /**
     * An operation that legitimately writes when a hostile value is also a valid one (a name that reads like
     * SQL is still a name): its 2xx answers may change rows; its refusals still may not.
     */
    public HostileWalk writes(String operation, String why) {
        writes.put(operation, why);
        return this;
    }

    public HostileWalk skip(String operation, String why) {
        skipped.put(operation, why);
        return this;
    }

    /** An operation the walk's caller cannot get past authentication (every answer 401/403 is then fine). */
    public HostileWalk doorOnly(String operation, String why) {
        doorOnly.put(operation, why);
        return this;
    }

    /** A table left out of the snapshot: a request may touch it for the named reason (say which). */
    public HostileWalk ignoreTable(String table, String why) {
        ignoredTables.put(table, why);
        return this;
    }

    /** A table one operation may touch even when it refuses (an audit row recording a refused call): say why. */
    public HostileWalk touches(String operation, String table, String why) {
        touches.put(operation + " " + table, why);
        return this;
    }

    boolean mayTouch(String operation, String snapshotKey) {
        String table = snapshotKey.split(" ")[0];
        return touches.containsKey(operation + " " + table);
    }

    /** A table only counted, not checksummed: a background job updates its rows in place (say which). */
    public HostileWalk countRowsOnly(String table, String why) {
        countedTables.put(table, why);
        return this;
    }

    /**
     * A finding the lead must fix in main code, reported but not failing: operation, slot and value label
     * as in the report ({@code *} matches any).
     */
    public HostileWalk knownFinding(String operation, String slot, String value, String why) {
        known.put(operation + "|" + slot + "|" + value, why);
        return this;
    }

    /** Runs the walk over every operation in the document; returns the findings (failures and known ones). */
    public HostileWalkResult run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        var document = new OpenApiOperations(fetchDocument());
        var snapshot = new TableSnapshot(jdbc, ignoredTables, countedTables);
        snapshot.awaitQuiet();
        var run = new WalkRun(this, document, snapshot);
        List<Operation> operations = document.all();
        List<String> walked = new ArrayList<>();
        // Reads and refusals first, creates and updates last: what a create legitimately made (an account named
        // 2147483648) must not then be found by another operation's hostile path value.
        List<Operation> ordered = new ArrayList<>(operations);
        ordered.sort(java.util.Comparator.comparing(o -> writes.containsKey(o.key())));
        for (Operation operation : ordered) {
            if (skipped.containsKey(operation.key())) {
                continue;
            }
            run.operation(operation, writes.containsKey(operation.key()), doorOnly.containsKey(operation.key()));
            walked.add(operation.key());
        }
        List<String> unknownNames = new ArrayList<>();
        for (var configured : List.of(writes, skipped, doorOnly, bodies)) {
            for (String key : configured.keySet()) {
                if (operations.stream().noneMatch(o -> o.key().equals(key))) {
                    unknownNames.add(key);
                }
            }
        }
        var result = new HostileWalkResult(
                operations.stream().map(Operation::key).toList(),
                walked,
                snapshot.watched(),
                unknownNames,
                run.findings(),
                run.statuses(),
                run.requests(),
                Duration.ofNanos(System.nanoTime() - started));
        System.out.println(result.summary());
        System.out.println(result.statusTable());
        return result;
    }

    // ---- used by WalkRun -----------------------------------------------------------------------------------

    JsonNode seedsBody(OpenApiOperations document, Operation operation) {
        String given = bodies.get(operation.key());
        return given != null ? JSON.readTree(given) : document.benign(null, operation.body(), seeds(operation), 0);
    }

    /** The seeds of one operation: its own over the global ones. */
    Map<String, JsonNode> seeds(Operation operation) {
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        String prefix = operation.key() + " ";
        seeds.forEach((key, value) -> {
            if (!key.contains(" ")) {
                merged.put(key, value);
            }
        });
        seeds.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                merged.put(key.substring(prefix.length()), value);
            }
        });
        return merged;
    }

    boolean isKnown(String operation, String slot, String value) {
        for (String key : List.of(
                operation + "|" + slot + "|" + value,
                operation + "|" + slot + "|*",
                operation + "|*|" + value,
                operation + "|*|*",
                "*|*|" + value)) {
            if (known.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    static String json(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    static String placeholder() {
        return PLACEHOLDER;
    }

    /** Sends one request; the path is already encoded. Returns null when the client cannot send it at all. */
    HttpResponse<String> send(String method, String path, Map<String, String> headers, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            for (var header : new TreeMap<>(headers).entrySet()) {
                builder.header(header.getKey(), header.getValue());
            }
        } catch (IllegalArgumentException unsendable) {
            return null;
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Map<String, String> credentialsFor(String method, String template) {
        return credentials.headers(method, template);
    }

    static String encodeQuery(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One path segment: everything but unreserved characters percent-encoded, {@code /} included. */
    static String encodeSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Slot slotOf(OpenApiOperations document, Param param) {
        return document.slot(param.schema());
    }

    private JsonNode fetchDocument() throws IOException, InterruptedException {
        HttpResponse<String> response =
                send("GET", "/v3/api-docs", credentials.headers("GET", "/v3/api-docs"), null, null);
        if (response == null || response.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document: "
                    + (response == null ? "unsendable" : response.statusCode() + " " + response.body()));
        }
        return JSON.readTree(response.body());
    }
}
