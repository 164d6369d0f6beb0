package org.govexchange.node.sink;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The hash of a subscribe target row's mapped columns, the same whether computed from the values the sink writes or
 * from the row read back later: each value is normalised (numbers without trailing zeros, dates and times in ISO
 * form to the second, booleans as 1/0, trailing spaces dropped), so column types and scales do not matter. A
 * change below a second in a DATETIME column is not seen.
 */
final class RowHash {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private RowHash() {}

    /** SHA-256 over {@code columns} (in that order) with their values. */
    static byte[] of(List<String> columns, Function<String, Object> value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String column : columns) {
                Object v = value.apply(column);
                digest.update((v == null ? "\u0000" : "\u0001" + text(v)).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** One value in the normalised text form (also how a key value becomes part of a record key). */
    static String text(Object value) {
        Object v = value;
        if (v instanceof java.sql.Date date) {
            v = date.toLocalDate();
        } else if (v instanceof Timestamp timestamp) {
            v = timestamp.toLocalDateTime();
        } else if (v instanceof Time time) {
            v = time.toLocalTime();
        }
        if (v instanceof LocalDate date) {
            return date.toString();
        }
        if (v instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
        }
        if (v instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (v instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(v).stripTrailing();
    }
}
