package org.govexchange.node.cdc;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.department.TableShape;

/**
 * A Debezium row image as a record, with the values the watermark extraction would have read: dates and times as
 * ISO-8601 strings (DATETIME as the wall clock, no zone), TINYINT(1)/BIT as booleans, DECIMAL exact, integers as
 * longs, binary as Base64. Only the mapped columns travel; a DELETE (hard, or through the soft-delete column)
 * carries only the key fields.
 */
final class ChangeConverter {

    private ChangeConverter() {}

    /** The record's content, before a version is given to it. */
    record Converted(String key, RecordOp op, Map<String, Object> data) {}

    /**
     * @param op Debezium's op: c, u, d, r (snapshot read)
     * @param row the after image, or the before image of a delete
     * @param shape the table as the department database describes it (for booleans), may be null
     */
    static Converted convert(Publish publish, String op, Struct row, TableShape shape) {
        List<String> keyValues = new ArrayList<>();
        for (String key : publish.keyColumns()) {
            Object value = value(row, key, shape);
            keyValues.add(value == null ? null : String.valueOf(value));
        }
        boolean deleted = "d".equals(op)
                || (publish.softDeleteColumn() != null && truthy(value(row, publish.softDeleteColumn(), shape)));
        Map<String, Object> data = new LinkedHashMap<>();
        for (Map.Entry<String, String> mapping : publish.columns().entrySet()) {
            String column = mapping.getKey();
            if (deleted && publish.keyColumns().stream().noneMatch(column::equalsIgnoreCase)) {
                continue;
            }
            if (field(row, column) != null) {
                data.put(mapping.getValue(), value(row, column, shape));
            }
        }
        return new Converted(String.join("|", keyValues), deleted ? RecordOp.DELETE : RecordOp.UPSERT, data);
    }

    /** The row's column, case-insensitively (MySQL column names are). */
    static Field field(Struct row, String column) {
        Field exact = row.schema().field(column);
        if (exact != null) {
            return exact;
        }
        return row.schema().fields().stream()
                .filter(f -> f.name().equalsIgnoreCase(column))
                .findFirst()
                .orElse(null);
    }

    private static Object value(Struct row, String column, TableShape shape) {
        Field field = field(row, column);
        if (field == null) {
            return null;
        }
        Object value = row.get(field);
        if (value == null) {
            return null;
        }
        TableShape.Column described = shape == null ? null : shape.column(column);
        if (described != null
                && (described.type() == Types.BIT || described.type() == Types.BOOLEAN)
                && value instanceof Number number) {
            return number.longValue() != 0;
        }
        return scalar(field.schema(), value);
    }

    private static Object scalar(Schema schema, Object value) {
        String logical = schema.name() == null ? "" : schema.name();
        switch (logical) {
            case "io.debezium.time.Date", "org.apache.kafka.connect.data.Date" -> {
                long days = value instanceof java.util.Date date
                        ? Math.floorDiv(date.getTime(), 86_400_000L)
                        : ((Number) value).longValue();
                return LocalDate.ofEpochDay(days).toString();
            }
            case "io.debezium.time.Timestamp" -> {
                return dateTime(Instant.ofEpochMilli(((Number) value).longValue()));
            }
            case "io.debezium.time.MicroTimestamp" -> {
                long micros = ((Number) value).longValue();
                return dateTime(Instant.ofEpochSecond(
                        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L));
            }
            case "io.debezium.time.ZonedTimestamp" -> {
                return dateTime(OffsetDateTime.parse((String) value).toInstant());
            }
            case "io.debezium.time.MicroTime" -> {
                return DateTimeFormatter.ISO_LOCAL_TIME.format(
                        LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000L));
            }
            case "io.debezium.time.Time" -> {
                return DateTimeFormatter.ISO_LOCAL_TIME.format(
                        LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000_000L));
            }
            default -> {
                // plain types below
            }
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigDecimal
                || value instanceof Long
                || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }

    private static String dateTime(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
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
