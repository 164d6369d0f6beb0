package org.govexchange.node;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.govexchange.contracts.exchange.SignatureAlgorithm;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.contracts.identifier.CreditCodes;
import org.govexchange.node.NodeProperties.DeleteMode;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.NodeProperties.Subscribe;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Checks {@link NodeProperties} as soon as they are bound, before any component uses them, and refuses to
 * start with every problem listed. Whether the named tables and columns exist is checked by the source and
 * sink when they first reach the department's database.
 */
@Component
public class NodeConfigValidation implements BeanPostProcessor {

    /** A table, optionally schema-qualified, or a column: plain SQL identifiers only, so they can be quoted safely. */
    public static final Pattern TABLE =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,63}(\\.[A-Za-z_][A-Za-z0-9_$]{0,63})?");

    public static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,63}");

    static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final Set<String> COMPRESSIONS = Set.of("none", "gzip", "snappy", "lz4", "zstd");

    /** A re-scan reads every row changed within its window on each pass: beyond a week that is a full scan. */
    static final Duration MAX_RESCAN = Duration.ofDays(7);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof NodeProperties properties) {
            List<String> problems = problems(properties);
            if (!problems.isEmpty()) {
                throw new InvalidNodeConfigException(problems);
            }
        }
        return bean;
    }

    /** Every problem of the configuration, as "property: what is wrong"; empty when it is usable. */
    public static List<String> problems(NodeProperties node) {
        List<String> problems = new ArrayList<>();
        if (blank(node.departmentCode())) {
            problems.add("gx.node.department-code is required: the department's unified social credit code");
        } else {
            CreditCodes.check(node.departmentCode())
                    .ifPresent(v ->
                            problems.add("gx.node.department-code '" + node.departmentCode() + "': " + v.message()));
        }
        if (blank(node.nodeId()) || !NODE_ID.matcher(node.nodeId()).matches()) {
            problems.add("gx.node.node-id is required: 1-64 characters of A-Z, a-z, 0-9, '.', '_', '-'");
        }
        if (node.hubUrl() == null
                || node.hubUrl().getHost() == null
                || !("http".equals(node.hubUrl().getScheme())
                        || "https".equals(node.hubUrl().getScheme()))) {
            problems.add("gx.node.hub-url must be an http(s) URL of the gateway, e.g. http://127.0.0.1:8080");
        }
        if (node.signingKeyFile() == null) {
            problems.add("gx.node.signing-key-file is required: the PEM written by 'keygen'");
        }
        try {
            SignatureAlgorithm.parse(node.alg());
        } catch (IllegalArgumentException e) {
            problems.add("gx.node.alg: " + e.getMessage());
        }
        boolean needsToken = node.registerKey()
                || (node.hubPublicKeyFile() == null && !node.subscribe().isEmpty());
        if (needsToken && (blank(node.clientId()) || (blank(node.clientSecret()) && node.credentialsFile() == null))) {
            problems.add("gx.node.client-id and gx.node.client-secret (or gx.node.credentials-file) are required to "
                    + (node.registerKey() ? "register the key" : "fetch the hub's public key")
                    + " through the gateway");
        }
        boolean needsDepartmentDb =
                !node.subscribe().isEmpty() || node.publish().stream().anyMatch(p -> !p.pushOnly());
        if (needsDepartmentDb
                && (node.departmentDb() == null
                        || blank(node.departmentDb().url())
                        || !node.departmentDb().url().startsWith("jdbc:"))) {
            problems.add("gx.node.department-db.url is required (a jdbc: URL of the department's own database)");
        }
        if (node.departmentDb() != null && node.departmentDb().poolSize() < 1) {
            problems.add("gx.node.department-db.pool-size must be at least 1");
        }
        Set<String> resources = new HashSet<>();
        for (int i = 0; i < node.publish().size(); i++) {
            checkPublish("gx.node.publish[" + i + "]", node.publish().get(i), resources, problems);
        }
        resources.clear();
        for (int i = 0; i < node.subscribe().size(); i++) {
            checkSubscribe("gx.node.subscribe[" + i + "]", node.subscribe().get(i), resources, problems);
        }
        if (node.publish().stream().anyMatch(Publish::cdc)) {
            checkCdc(node, problems);
        }
        checkSender(node.sender(), problems);
        if (node.push().maxRecords() < 1 || node.push().maxRecords() > 100_000) {
            problems.add("gx.node.push.max-records must lie between 1 and 100000");
        }
        if (node.heartbeatInterval() == null || node.heartbeatInterval().toMillis() < 100) {
            problems.add("gx.node.heartbeat-interval must be at least 100ms");
        }
        return problems;
    }

    private static void checkPublish(String at, Publish p, Set<String> resources, List<String> problems) {
        checkResource(at, p.resourceCode(), resources, problems);
        if (p.schemaVersion() < 1) {
            problems.add(at + ".schema-version must be at least 1");
        }
        if (p.batchSize() < 1 || p.batchSize() > 10_000) {
            problems.add(at + ".batch-size must lie between 1 and 10000");
        }
        for (var entry : p.columns().entrySet()) {
            checkColumn(at + ".columns", entry.getKey(), problems);
            checkField(at + ".columns[" + entry.getKey() + "]", entry.getValue(), problems);
        }
        if (new HashSet<>(p.columns().values()).size() < p.columns().size()) {
            problems.add(at + ".columns maps two columns to the same field");
        }
        if (p.pushOnly()) {
            return;
        }
        checkTable(at + ".table", p.table(), problems);
        if (p.keyColumns().isEmpty()) {
            problems.add(at + ".key-columns is required: the column(s) identifying a row");
        }
        p.keyColumns().forEach(c -> checkColumn(at + ".key-columns", c, problems));
        if (blank(p.versionColumn())) {
            // CDC numbers the changes itself, in commit order.
            if (!p.cdc()) {
                problems.add(at + ".version-column is required: a timestamp or sequence that grows on every change");
            }
        } else {
            checkColumn(at + ".version-column", p.versionColumn(), problems);
        }
        if (p.softDeleteColumn() != null) {
            checkColumn(at + ".soft-delete-column", p.softDeleteColumn(), problems);
        }
        if (p.columns().isEmpty()) {
            problems.add(at + ".columns is required: source column -> resource field");
        }
        if (p.pollInterval() == null || p.pollInterval().toMillis() < 10) {
            problems.add(at + ".poll-interval must be at least 10ms");
        }
        if (p.rescanWindow() == null
                || p.rescanWindow().isNegative()
                || p.rescanWindow().compareTo(MAX_RESCAN) > 0) {
            problems.add(at + ".rescan-window must lie between 0 (off) and " + MAX_RESCAN.toDays()
                    + "d: how far behind the watermark rows are read again to catch late commits");
        }
        if (p.rescanInterval() == null || p.rescanInterval().toMillis() < 100) {
            problems.add(at + ".rescan-interval must be at least 100ms");
        }
    }

    private static void checkSubscribe(String at, Subscribe s, Set<String> resources, List<String> problems) {
        checkResource(at, s.resourceCode(), resources, problems);
        checkTable(at + ".table", s.table(), problems);
        if (s.columns().isEmpty()) {
            problems.add(at + ".columns is required: resource field -> target column");
        }
        for (var entry : s.columns().entrySet()) {
            checkField(at + ".columns", entry.getKey(), problems);
            checkColumn(at + ".columns[" + entry.getKey() + "]", entry.getValue(), problems);
        }
        if (new HashSet<>(s.columns().values()).size() < s.columns().size()) {
            problems.add(at + ".columns maps two fields to the same column");
        }
        if (s.keyColumns().isEmpty()) {
            problems.add(at + ".key-columns is required: the target column(s) identifying a row");
        }
        for (String key : s.keyColumns()) {
            if (!s.columns().containsValue(key)) {
                problems.add(at + ".key-columns: '" + key + "' must be one of the mapped columns (a field fills it)");
            }
        }
        if (blank(s.versionColumn())) {
            problems.add(at + ".version-column is required: it keeps older records from overwriting newer ones");
        } else {
            checkColumn(at + ".version-column", s.versionColumn(), problems);
            if (s.columns().containsValue(s.versionColumn())) {
                problems.add(at + ".version-column must not also be a mapped column");
            }
        }
        if (s.deleteMode() == DeleteMode.FLAG) {
            if (blank(s.flagColumn())) {
                problems.add(at + ".flag-column is required with delete-mode FLAG");
            } else {
                checkColumn(at + ".flag-column", s.flagColumn(), problems);
            }
        }
        if (s.receivedAtColumn() != null) {
            checkColumn(at + ".received-at-column", s.receivedAtColumn(), problems);
        }
    }

    private static void checkCdc(NodeProperties node, List<String> problems) {
        String url = node.departmentDb() == null ? null : node.departmentDb().url();
        if (url != null && !url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
            problems.add("gx.node.publish[].mode cdc reads a MySQL/MariaDB binlog: gx.node.department-db.url must be"
                    + " jdbc:mysql://host:port/database or jdbc:mariadb://host:port/database");
        } else if (url != null
                && url.replaceFirst("^jdbc:[a-z]+://[^/]*/?", "")
                        .replaceFirst("[?].*", "")
                        .isBlank()) {
            problems.add("gx.node.publish[].mode cdc: gx.node.department-db.url must name the database"
                    + " (jdbc:mysql://host:port/database)");
        }
        NodeProperties.Cdc cdc = node.cdc();
        if (cdc.serverId() < 0 || cdc.serverId() > 4_294_967_295L) {
            problems.add("gx.node.cdc.server-id must lie between 1 and 4294967295 (0: derived from the node id)");
        }
        if (cdc.maxBatchSize() < 1 || cdc.maxBatchSize() > 20_000) {
            problems.add("gx.node.cdc.max-batch-size must lie between 1 and 20000");
        }
        if (cdc.heartbeatInterval() == null || cdc.heartbeatInterval().toMillis() < 100) {
            problems.add("gx.node.cdc.heartbeat-interval must be at least 100ms");
        }
    }

    private static void checkSender(NodeProperties.Sender sender, List<String> problems) {
        if (sender.batchesInFlight() < 1 || sender.batchesInFlight() > 64) {
            problems.add("gx.node.sender.batches-in-flight must lie between 1 and 64");
        }
        if (sender.maxEnvelopeBytes() < 10_000) {
            problems.add("gx.node.sender.max-envelope-bytes must be at least 10000");
        }
        for (var duration :
                List.of(sender.interval(), sender.sendTimeout(), sender.retryBackoff(), sender.sentRetention())) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                problems.add(
                        "gx.node.sender durations (interval, send-timeout, retry-backoff, sent-retention) must be positive");
                break;
            }
        }
        if (!COMPRESSIONS.contains(sender.compression())) {
            problems.add("gx.node.sender.compression must be one of " + COMPRESSIONS);
        }
    }

    private static void checkResource(String at, String code, Set<String> seen, List<String> problems) {
        try {
            Topics.resource(code);
        } catch (IllegalArgumentException e) {
            problems.add(at + ".resource-code '" + code + "' is not a resource code (NNNNNN/NNNNNN)");
            return;
        }
        if (!seen.add(code)) {
            problems.add(at + ".resource-code " + code + " is listed twice");
        }
    }

    private static void checkTable(String at, String table, List<String> problems) {
        if (table == null || !TABLE.matcher(table).matches()) {
            problems.add(at + " '" + table + "' must be a table name ([schema.]table, letters, digits, _)");
        }
    }

    private static void checkColumn(String at, String column, List<String> problems) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            problems.add(at + ": '" + column + "' is not a column name (letters, digits, _)");
        }
    }

    private static void checkField(String at, String field, List<String> problems) {
        if (field == null || !FIELD.matcher(field).matches()) {
            problems.add(at + ": '" + field + "' is not a field code (a letter, then letters, digits, _)");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
