package org.govexchange.node.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.department.TableShape;
import org.govexchange.node.outbox.OutboxEntry;

/**
 * A publish source table: the extraction queries for its configuration and the conversion of its rows into
 * records. Values travel as JSON scalars: strings, numbers, booleans, dates and times as ISO-8601 strings,
 * binary as Base64.
 */
final class SourceTable {

    /** One row read: the record for the outbox and where the watermark moves to. */
    record Extracted(OutboxEntry entry, long position, List<String> keyValues) {}

    static final String KEY_SEPARATOR = "|";

    private final Publish publish;
    private final TableShape shape;
    private final boolean temporalVersion;
    private final List<String> selected;
    private final String firstQuery;
    private final String nextQuery;
    private final String rescanFirstQuery;
    private final String rescanNextQuery;
    private final String select;

    private SourceTable(Publish publish, TableShape shape) {
        this.publish = publish;
        this.shape = shape;
        this.temporalVersion = shape.column(publish.versionColumn()).temporal();
        Set<String> columns = new LinkedHashSet<>(publish.keyColumns());
        columns.add(publish.versionColumn());
        if (publish.softDeleteColumn() != null) {
            columns.add(publish.softDeleteColumn());
        }
        columns.addAll(publish.columns().keySet());
        this.selected = List.copyOf(columns);
        String select = "SELECT "
                + String.join(", ", selected.stream().map(TableShape::quote).toList()) + " FROM "
                + TableShape.quote(publish.table());
        this.select = select;
        String version = TableShape.quote(publish.versionColumn());
        List<String> order = new ArrayList<>();
        order.add(version);
        publish.keyColumns().forEach(k -> order.add(TableShape.quote(k)));
        String orderBy = " ORDER BY " + String.join(", ", order) + " LIMIT ?";
        this.firstQuery = select + " WHERE " + version + " IS NOT NULL" + orderBy;
        // The leading "version >= ?" is a plain index range; the rest only sorts out the ties.
        String after = " WHERE " + version + " >= ? AND (" + version + " > ? OR " + tieBreak(0) + ")";
        this.nextQuery = select + after + orderBy;
        // The re-scan pages through [watermark - window, watermark] in the same order, bounded above.
        this.rescanFirstQuery = select + " WHERE " + version + " >= ? AND " + version + " <= ?" + orderBy;
        this.rescanNextQuery = select + after + " AND " + version + " <= ?" + orderBy;
    }

    /**
     * The source for {@code publish} on a table shaped {@code shape}; the problems when they do not fit, e.g. a
     * column that does not exist or a version column that is neither a timestamp nor an integer.
     */
    static SourceTable of(Publish publish, TableShape shape, List<String> problems) {
        List<String> names = new ArrayList<>(publish.keyColumns());
        names.add(publish.versionColumn());
        names.add(publish.softDeleteColumn());
        names.addAll(publish.columns().keySet());
        List<String> missing = shape.missing(names);
        if (!missing.isEmpty()) {
            problems.add("publish " + publish.resourceCode() + ": no such column(s) " + missing);
            return null;
        }
        TableShape.Column version = shape.column(publish.versionColumn());
        if (!version.temporal() && !version.integral()) {
            problems.add("publish " + publish.resourceCode() + ": version column " + version.name() + " is "
                    + version.typeName() + "; it must be a DATETIME/TIMESTAMP/DATE or an integer");
            return null;
        }
        return new SourceTable(publish, shape);
    }

    /** (k1 > ? OR (k1 = ? AND (k2 > ? OR ...))): the keys after the watermark's key, in ORDER BY order. */
    private String tieBreak(int index) {
        String key = TableShape.quote(publish.keyColumns().get(index));
        if (index == publish.keyColumns().size() - 1) {
            return key + " > ?";
        }
        return "(" + key + " > ? OR (" + key + " = ? AND " + tieBreak(index + 1) + "))";
    }

    String firstQuery() {
        return firstQuery;
    }

    String nextQuery() {
        return nextQuery;
    }

    Object[] nextParameters(long position, List<String> lastKey, int limit) {
        return parameters(position, lastKey, null, limit);
    }

    /**
     * Whether rows behind the watermark are read again: only for a timestamp version column (the window is a
     * duration) with a window set.
     */
    boolean rescans() {
        return temporalVersion && !publish.rescanWindow().isZero();
    }

    /** Where a re-scan starts: the window before the watermark position (epoch micros). */
    long rescanFrom(long watermarkPosition) {
        return watermarkPosition - publish.rescanWindow().toNanos() / 1_000;
    }

    String rescanFirstQuery() {
        return rescanFirstQuery;
    }

    String rescanNextQuery() {
        return rescanNextQuery;
    }

    Object[] rescanFirstParameters(long from, long upTo, int limit) {
        return new Object[] {fromMicros(from), fromMicros(upTo), limit};
    }

    Object[] rescanNextParameters(long position, List<String> lastKey, long upTo, int limit) {
        return parameters(position, lastKey, upTo, limit);
    }

    private Object[] parameters(long position, List<String> lastKey, Long upTo, int limit) {
        List<Object> parameters = new ArrayList<>();
        Object version = versionValue(position);
        parameters.add(version);
        parameters.add(version);
        for (int i = 0; i < lastKey.size(); i++) {
            parameters.add(lastKey.get(i));
            if (i < lastKey.size() - 1) {
                parameters.add(lastKey.get(i));
            }
        }
        if (upTo != null) {
            parameters.add(versionValue(upTo));
        }
        parameters.add(limit);
        return parameters.toArray();
    }

    private Object versionValue(long position) {
        return temporalVersion ? fromMicros(position) : position;
    }

    /** Every row of the table, in no order: what source reconciliation reads. */
    String scanQuery() {
        return select;
    }

    /** The rows of {@code count} keys: parameters from {@link #keyParameters}. */
    String keysQuery(int count) {
        List<String> keys = publish.keyColumns().stream().map(TableShape::quote).toList();
        String tuple = keys.size() == 1 ? keys.get(0) : "(" + String.join(", ", keys) + ")";
        String one = keys.size() == 1
                ? "?"
                : "(" + String.join(", ", keys.stream().map(k -> "?").toList()) + ")";
        return select + " WHERE " + tuple + " IN (" + String.join(", ", java.util.Collections.nCopies(count, one))
                + ")";
    }

    /** The key column values of record keys, in order. */
    Object[] keyParameters(List<String> recordKeys) {
        List<Object> parameters = new ArrayList<>();
        recordKeys.forEach(k -> parameters.addAll(keyParts(k)));
        return parameters.toArray();
    }

    /** A DELETE of a key no row holds any more: its key fields only, as extraction would send them. */
    OutboxEntry deletion(String recordKey, long version) {
        List<String> parts = keyParts(recordKey);
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < publish.keyColumns().size(); i++) {
            String column = publish.keyColumns().get(i);
            String field = publish.columns().get(column);
            if (field != null) {
                data.put(field, shape.column(column).integral() ? (Object) Long.parseLong(parts.get(i)) : parts.get(i));
            }
        }
        return new OutboxEntry(publish.resourceCode(), recordKey, RecordOp.DELETE, version, data);
    }

    private List<String> keyParts(String recordKey) {
        List<String> parts = List.of(recordKey.split(java.util.regex.Pattern.quote(KEY_SEPARATOR), -1));
        if (parts.size() != publish.keyColumns().size()) {
            throw new IllegalArgumentException("key " + recordKey + " does not have "
                    + publish.keyColumns().size() + " parts");
        }
        return parts;
    }

    Extracted read(ResultSet row) throws SQLException {
        List<String> keyValues = new ArrayList<>(publish.keyColumns().size());
        for (String key : publish.keyColumns()) {
            keyValues.add(row.getString(key));
        }
        long position;
        long version;
        if (temporalVersion) {
            LocalDateTime at = shape.column(publish.versionColumn()).type() == Types.DATE
                    ? row.getObject(publish.versionColumn(), LocalDate.class).atStartOfDay()
                    : row.getObject(publish.versionColumn(), LocalDateTime.class);
            position = toMicros(at);
            version = Math.floorDiv(position, 1000);
        } else {
            position = row.getLong(publish.versionColumn());
            version = position;
        }
        boolean deleted = publish.softDeleteColumn() != null && truthy(row.getObject(publish.softDeleteColumn()));
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map.Entry<String, String> mapping : publish.columns().entrySet()) {
            String column = mapping.getKey();
            // A deleted record carries only its key fields: the hub has nothing to validate beyond them.
            if (!deleted || publish.keyColumns().stream().anyMatch(column::equalsIgnoreCase)) {
                data.put(mapping.getValue(), value(row, shape.column(column)));
            }
        }
        String key = String.join(KEY_SEPARATOR, keyValues);
        OutboxEntry entry = new OutboxEntry(
                publish.resourceCode(), key, deleted ? RecordOp.DELETE : RecordOp.UPSERT, version, data);
        return new Extracted(entry, position, keyValues);
    }

    static long toMicros(LocalDateTime at) {
        return at.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + at.getNano() / 1_000;
    }

    static LocalDateTime fromMicros(long micros) {
        return LocalDateTime.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000L), (int) Math.floorMod(micros, 1_000_000L) * 1_000, ZoneOffset.UTC);
    }

    private static Object value(ResultSet row, TableShape.Column column) throws SQLException {
        String name = column.name();
        Object value =
                switch (column.type()) {
                    case Types.DATE -> row.getObject(name, LocalDate.class);
                    case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> row.getObject(name, LocalDateTime.class);
                    case Types.TIME -> row.getObject(name, LocalTime.class);
                    case Types.BIT, Types.BOOLEAN -> row.getBoolean(name);
                    case Types.DECIMAL, Types.NUMERIC -> row.getBigDecimal(name);
                    case Types.FLOAT, Types.REAL, Types.DOUBLE -> row.getDouble(name);
                    case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> row.getBytes(name);
                    case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> row.getObject(name);
                    default -> row.getString(name);
                };
        if (row.wasNull() || value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalTime time) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        return value;
    }

    private static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.longValue() != 0;
        }
        if (value instanceof String s) {
            return s.equals("1") || s.equalsIgnoreCase("true") || s.equalsIgnoreCase("y");
        }
        return false;
    }
}
