package org.govexchange.contracts.schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemException;

/**
 * The years a date may have anywhere on the platform: 1900 to 9999, what a DATE or DATETIME column holds and a
 * register can mean. Jackson reads {@code +999999999-12-31} as a valid date; checked here, such a value is a 400
 * before anything compares or stores it (a database error, a silently empty filter, or a 500 otherwise).
 */
public final class CalendarRange {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    /** Problem code of a date outside the range; the problem names the field. */
    public static final String DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE";

    private CalendarRange() {}

    public static boolean holds(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** A date, date-time or instant (read in UTC) within the range; null holds; a value without a year does not. */
    public static boolean holds(TemporalAccessor value) {
        if (value == null) {
            return true;
        }
        TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        return dated.isSupported(ChronoField.YEAR) && holds(dated.get(ChronoField.YEAR));
    }

    /** 400 {@code DATE_OUT_OF_RANGE} naming {@code field} when {@code date} lies outside the range; null passes. */
    public static void requireDate(String field, LocalDate date) {
        if (!holds(date)) {
            throw new ProblemException(
                    400,
                    DATE_OUT_OF_RANGE,
                    field + " must lie in the years " + MIN_YEAR + " to " + MAX_YEAR + ".",
                    Map.of("field", field));
        }
    }
}
