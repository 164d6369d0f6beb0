package org.govexchange.node.sink;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govexchange.contracts.exchange.ExchangeRecord;
import org.govexchange.node.NodeProperties.DeleteMode;
import org.govexchange.node.NodeProperties.Subscribe;
import org.govexchange.node.department.TableShape;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A subscribe target table: turns records into column values of the right types and writes them. Every
 * statement carries the version guard itself (a row changes only for a newer version), so correctness never
 * depends on the version read beforehand; that read only counts applied and ignored records.
 */
final class TargetTable {

    /** A record whose values do not fit the target columns. */
    static final class ValueException extends Exception {
        ValueException(String message) {
            super(message);
        }
    }

    /**
     * A record ready to write.
     *
     * @param keyValues the key column values, converted
     * @param keyText the same, normalised for comparing with what the table holds
     * @param values column → value for the fields the record carries (key columns included)
     */
    record Row(ExchangeRecord record, List<Object> keyValues, String keyText, Map<String, Object> values) {}

    private static final int CHUNK = 500;

    private final Subscribe subscribe;
    private final TableShape shape;
    private final String table;
    private final String version;
    private final String keyMatch;

    private TargetTable(Subscribe subscribe, TableShape shape) {
        this.subscribe = subscribe;
        this.shape = shape;
        this.table = TableShape.quote(subscribe.table());
        this.version = TableShape.quote(subscribe.versionColumn());
        this.keyMatch = String.join(
                " AND ",
                subscribe.keyColumns().stream()
                        .map(k -> TableShape.quote(k) + " = ?")
                        .toList());
    }

    static TargetTable of(Subscribe subscribe, TableShape shape, List<String> problems) {
        List<String> names = new ArrayList<>(subscribe.columns().values());
        names.add(subscribe.versionColumn());
        if (subscribe.deleteMode() == DeleteMode.FLAG) {
            names.add(subscribe.flagColumn());
        }
        names.add(subscribe.receivedAtColumn());
        List<String> missing = shape.missing(names);
        if (!missing.isEmpty()) {
            problems.add("subscribe " + subscribe.resourceCode() + ": no such column(s) " + missing);
            return null;
        }
        if (!shape.uniqueOn(subscribe.keyColumns())) {
            problems.add("subscribe " + subscribe.resourceCode() + ": " + subscribe.table()
                    + " needs a primary key or unique index on exactly " + subscribe.keyColumns()
                    + " (upserts rely on it)");
            return null;
        }
        if (!shape.column(subscribe.versionColumn()).integral()) {
            problems.add("subscribe " + subscribe.resourceCode() + ": version column " + subscribe.versionColumn()
                    + " must be an integer column (BIGINT)");
            return null;
        }
        return new TargetTable(subscribe, shape);
    }

    /** The record's key and values in column types. */
    Row prepare(ExchangeRecord record) throws ValueException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> mapping : subscribe.columns().entrySet()) {
            if (record.data().containsKey(mapping.getKey())) {
                values.put(
                        mapping.getValue(),
                        convert(mapping.getKey(), record.data().get(mapping.getKey()), mapping.getValue()));
            }
        }
        List<Object> keyValues = new ArrayList<>();
        String[] keyParts = record.key().split("\\|", -1);
        for (int i = 0; i < subscribe.keyColumns().size(); i++) {
            String keyColumn = subscribe.keyColumns().get(i);
            Object value = values.get(keyColumn);
            if (value == null) {
                // The key field was not sent (not granted, or a DELETE with no data): take it from the record key.
                if (keyParts.length != subscribe.keyColumns().size()) {
                    throw new ValueException("KEY: the record key does not hold "
                            + subscribe.keyColumns().size() + " '|'-separated parts and the key fields are missing");
                }
                value = convert("key", keyParts[i], keyColumn);
                values.put(keyColumn, value);
            }
            keyValues.add(value);
        }
        return new Row(record, keyValues, keyText(keyValues), values);
    }

    /** The current version of each given key, locking those rows until the transaction ends. */
    Map<String, Long> lockVersions(JdbcTemplate jdbc, List<Row> rows) {
        Map<String, Long> versions = new HashMap<>();
        List<String> keys =
                subscribe.keyColumns().stream().map(TableShape::quote).toList();
        String tuple = keys.size() == 1 ? keys.get(0) : "(" + String.join(", ", keys) + ")";
        String placeholder = keys.size() == 1
                ? "?"
                : "(" + String.join(", ", keys.stream().map(k -> "?").toList()) + ")";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            List<Object> parameters = new ArrayList<>();
            chunk.forEach(row -> parameters.addAll(row.keyValues()));
            String sql = "SELECT " + String.join(", ", keys) + ", " + version + " FROM " + table + " WHERE " + tuple
                    + " IN ("
                    + String.join(", ", chunk.stream().map(r -> placeholder).toList()) + ") FOR UPDATE";
            jdbc.query(
                    sql,
                    rs -> {
                        List<Object> key = new ArrayList<>();
                        for (int i = 1; i <= keys.size(); i++) {
                            key.add(rs.getObject(i));
                        }
                        long current = rs.getLong(keys.size() + 1);
                        versions.put(keyText(key), rs.wasNull() ? Long.MIN_VALUE : current);
                    },
                    parameters.toArray());
        }
        return versions;
    }

    /**
     * Inserts or, for a newer version, updates; rows with the same set of columns go in one batch.
     *
     * @param sameVersionToo a repair: a row at the record's own version is overwritten too
     */
    void upsert(JdbcTemplate jdbc, List<Row> rows, LocalDateTime now, boolean sameVersionToo) {
        Map<List<String>, List<Row>> byColumns = new LinkedHashMap<>();
        rows.forEach(row -> byColumns
                .computeIfAbsent(List.copyOf(row.values().keySet()), k -> new ArrayList<>())
                .add(row));
        byColumns.forEach((columns, group) -> {
            String sql = upsertSql(columns, sameVersionToo);
            jdbc.batchUpdate(
                    sql,
                    group.stream()
                            .map(row -> upsertParameters(columns, row, now))
                            .toList());
        });
    }

    private String upsertSql(List<String> columns, boolean sameVersionToo) {
        List<String> insert =
                new ArrayList<>(columns.stream().map(TableShape::quote).toList());
        List<String> updates = new ArrayList<>();
        // Assignments run left to right and see earlier ones: the version column is compared first, set last.
        String newer = "(" + version + " IS NULL OR VALUES(" + version + ") " + (sameVersionToo ? ">=" : ">") + " "
                + version + ")";
        for (String column : columns) {
            if (subscribe.keyColumns().stream().noneMatch(column::equalsIgnoreCase)) {
                String c = TableShape.quote(column);
                updates.add(c + " = IF(" + newer + ", VALUES(" + c + "), " + c + ")");
            }
        }
        if (subscribe.deleteMode() == DeleteMode.FLAG) {
            String flag = TableShape.quote(subscribe.flagColumn());
            insert.add(flag);
            updates.add(flag + " = IF(" + newer + ", VALUES(" + flag + "), " + flag + ")");
        }
        if (subscribe.receivedAtColumn() != null) {
            String received = TableShape.quote(subscribe.receivedAtColumn());
            insert.add(received);
            updates.add(received + " = IF(" + newer + ", VALUES(" + received + "), " + received + ")");
        }
        insert.add(version);
        updates.add(version + " = IF(" + newer + ", VALUES(" + version + "), " + version + ")");
        return "INSERT INTO " + table + " (" + String.join(", ", insert) + ") VALUES ("
                + String.join(", ", insert.stream().map(c -> "?").toList()) + ") ON DUPLICATE KEY UPDATE "
                + String.join(", ", updates);
    }

    private Object[] upsertParameters(List<String> columns, Row row, LocalDateTime now) {
        List<Object> parameters = new ArrayList<>();
        columns.forEach(c -> parameters.add(row.values().get(c)));
        if (subscribe.deleteMode() == DeleteMode.FLAG) {
            parameters.add(0);
        }
        if (subscribe.receivedAtColumn() != null) {
            parameters.add(Timestamp.valueOf(now));
        }
        parameters.add(row.record().version());
        return parameters.toArray();
    }

    /** DELETE mode: removes rows older than the record. */
    void delete(JdbcTemplate jdbc, List<Row> rows) {
        String sql =
                "DELETE FROM " + table + " WHERE " + keyMatch + " AND (" + version + " IS NULL OR " + version + " < ?)";
        jdbc.batchUpdate(
                sql, rows.stream().map(row -> withVersion(row.keyValues(), row)).toList());
    }

    /** FLAG mode: marks rows older than the record as deleted, keeping the record's version. */
    void flag(JdbcTemplate jdbc, List<Row> rows, LocalDateTime now) {
        StringBuilder sql = new StringBuilder("UPDATE ")
                .append(table)
                .append(" SET ")
                .append(TableShape.quote(subscribe.flagColumn()))
                .append(" = 1, ")
                .append(version)
                .append(" = ?");
        if (subscribe.receivedAtColumn() != null) {
            sql.append(", ")
                    .append(TableShape.quote(subscribe.receivedAtColumn()))
                    .append(" = ?");
        }
        sql.append(" WHERE ")
                .append(keyMatch)
                .append(" AND (")
                .append(version)
                .append(" IS NULL OR ")
                .append(version)
                .append(" < ?)");
        List<Object[]> parameters = new ArrayList<>();
        for (Row row : rows) {
            List<Object> p = new ArrayList<>();
            p.add(row.record().version());
            if (subscribe.receivedAtColumn() != null) {
                p.add(Timestamp.valueOf(now));
            }
            p.addAll(row.keyValues());
            p.add(row.record().version());
            parameters.add(p.toArray());
        }
        jdbc.batchUpdate(sql.toString(), parameters);
    }

    private static Object[] withVersion(List<Object> keyValues, Row row) {
        List<Object> parameters = new ArrayList<>(keyValues);
        parameters.add(row.record().version());
        return parameters.toArray();
    }

    /** The {@link RowHash} of a row as it will be written. */
    byte[] rowHash(Row row) {
        return RowHash.of(hashColumns(), row.values()::get);
    }

    /** What the hash covers: the mapped columns, in configuration order. */
    private List<String> hashColumns() {
        return List.copyOf(subscribe.columns().values());
    }

    /** One live row of the table as reconciliation sees it. */
    record LiveRow(String recordKey, long version, byte[] rowHash) {}

    /** Streams every live row (not flagged as deleted): its record key, version and {@link RowHash}. */
    void eachLiveRow(JdbcTemplate jdbc, java.util.function.Consumer<LiveRow> action) {
        List<String> keys = subscribe.keyColumns();
        List<String> hashed = hashColumns();
        List<String> select = new ArrayList<>();
        keys.forEach(k -> select.add(TableShape.quote(k)));
        select.add(version);
        hashed.forEach(c -> select.add(TableShape.quote(c)));
        String where = subscribe.deleteMode() == DeleteMode.FLAG
                ? " WHERE COALESCE(" + TableShape.quote(subscribe.flagColumn()) + ", 0) = 0"
                : "";
        jdbc.query("SELECT " + String.join(", ", select) + " FROM " + table + where, rs -> {
            List<String> parts = new ArrayList<>(keys.size());
            for (int i = 1; i <= keys.size(); i++) {
                parts.add(RowHash.text(rs.getObject(i)));
            }
            long rowVersion = rs.getLong(keys.size() + 1);
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < hashed.size(); i++) {
                values.put(hashed.get(i), rs.getObject(keys.size() + 2 + i));
            }
            action.accept(new LiveRow(String.join("|", parts), rowVersion, RowHash.of(hashed, values::get)));
        });
    }

    /**
     * Removes (or flags, in FLAG mode) the rows of these record keys whatever their version: rows the hub holds no
     * live record for. No tombstone is kept, so a later record of the key is applied as usual.
     */
    int removeByKeys(JdbcTemplate jdbc, List<String> recordKeys) throws ValueException {
        String sql = subscribe.deleteMode() == DeleteMode.DELETE
                ? "DELETE FROM " + table + " WHERE " + keyMatch
                : "UPDATE " + table + " SET " + TableShape.quote(subscribe.flagColumn()) + " = 1 WHERE " + keyMatch;
        List<Object[]> parameters = new ArrayList<>();
        for (String recordKey : recordKeys) {
            String[] parts = recordKey.split("\\|", -1);
            if (parts.length != subscribe.keyColumns().size()) {
                throw new ValueException("KEY: " + recordKey + " does not hold "
                        + subscribe.keyColumns().size() + " '|'-separated parts");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                values.add(convert("key", parts[i], subscribe.keyColumns().get(i)));
            }
            parameters.add(values.toArray());
        }
        int removed = 0;
        for (int count : jdbc.batchUpdate(sql, parameters)) {
            removed += Math.max(0, count);
        }
        return removed;
    }

    /** A JSON value as the column's type; a value that cannot be is the record's failure. */
    private Object convert(String field, Object value, String column) throws ValueException {
        if (value == null) {
            return null;
        }
        TableShape.Column target = shape.column(column);
        try {
            return switch (target.type()) {
                case Types.DATE ->
                    LocalDate.parse(text(value).length() > 10 ? text(value).substring(0, 10) : text(value));
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> dateTime(text(value));
                case Types.TIME -> LocalTime.parse(text(value));
                case Types.BIT, Types.BOOLEAN -> bool(value);
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT ->
                    value instanceof Number n
                            ? new BigDecimal(n.toString()).longValueExact()
                            : Long.parseLong(text(value));
                case Types.DECIMAL, Types.NUMERIC, Types.FLOAT, Types.REAL, Types.DOUBLE -> new BigDecimal(text(value));
                default -> text(value);
            };
        } catch (DateTimeParseException | ArithmeticException | IllegalArgumentException e) {
            throw new ValueException("COLUMN_VALUE: field " + field + " -> " + target.name() + " (" + target.typeName()
                    + "): cannot take '" + abbreviate(text(value)) + "'");
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private static LocalDateTime dateTime(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay();
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return LocalDateTime.ofInstant(
                    text.endsWith("Z")
                            ? Instant.parse(text)
                            : OffsetDateTime.parse(text).toInstant(),
                    ZoneOffset.UTC);
        }
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        String text = String.valueOf(value).toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("1")) {
            return true;
        }
        if (text.equals("false") || text.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("not a boolean");
    }

    /** Key values compared the way MySQL's default collations do: case-insensitive, trailing spaces ignored. */
    static String keyText(List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (Object value : values) {
            Object v = value;
            if (v instanceof java.sql.Date date) {
                v = date.toLocalDate();
            } else if (v instanceof Timestamp timestamp) {
                v = timestamp.toLocalDateTime();
            }
            if (v instanceof Number number) {
                parts.add(new BigDecimal(number.toString()).stripTrailingZeros().toPlainString());
            } else {
                parts.add(String.valueOf(v).stripTrailing().toLowerCase(Locale.ROOT));
            }
        }
        return String.join("|", parts);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    Subscribe subscribe() {
        return subscribe;
    }
}
