package org.govexchange.certificate.certificate;

import java.time.LocalDate;
import java.util.Map;
import org.govexchange.contracts.problem.ProblemException;

/**
 * Validity dates lie in the years 1900 to 9999: what a DATE column holds and a certificate can mean. Jackson reads
 * {@code +999999999-12-31} as a valid date, and a default validity added to a far date can leave the column's range;
 * both are a 400 here instead of a database error.
 */
final class DateBounds {

    /** 400: a date outside the years 1900 to 9999; {@code field} names it. */
    static final String DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE";

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;

    private DateBounds() {}

    /** Null passes. */
    static void check(String field, LocalDate date) {
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw new ProblemException(
                    400,
                    DATE_OUT_OF_RANGE,
                    field + " must lie in the years " + MIN_YEAR + " to " + MAX_YEAR + ".",
                    Map.of("field", field));
        }
    }
}
