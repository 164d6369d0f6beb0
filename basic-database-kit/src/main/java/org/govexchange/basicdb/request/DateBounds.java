package org.govexchange.basicdb.request;

import java.time.LocalDate;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemException;

/**
 * Dates in requests lie in years 1900 to 9999: what a date column holds and a register can mean. Jackson reads
 * {@code +999999999-12-31} as a valid {@link LocalDate}; this turns it into a 400 before anything compares or
 * stores it.
 */
public final class DateBounds {

    public static final String DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE";
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    private DateBounds() {}

    /** 400 {@code DATE_OUT_OF_RANGE} naming {@code field} when {@code date} is outside the years; null passes. */
    public static void check(String field, LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw new ProblemException(
                    400,
                    DATE_OUT_OF_RANGE,
                    field + " must lie in the years " + MIN_YEAR + " to " + MAX_YEAR + ".",
                    Map.of("field", field));
        }
    }
}
