package org.govexchange.basicdb.request;

import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;

/**
 * Page numbers and sizes come from the query string as {@code long}s and may be anything: the offset is
 * computed only after the page is known to lie within {@code maxOffset}, so {@code page × size} can never
 * overflow into a negative offset that the database refuses with a 500.
 */
public final class Paging {

    public static final String PAGE_OUT_OF_RANGE = "PAGE_OUT_OF_RANGE";

    private Paging() {}

    /**
     * The row offset of a page (pages count from 1): 400 {@code VALIDATION_FAILED} for a page below 1 or a size
     * outside 1..{@code maxSize}, 400 {@code PAGE_OUT_OF_RANGE} for a page starting beyond {@code maxOffset}.
     */
    public static long offset(long page, long size, int maxSize, long maxOffset) {
        if (page < 1 || size < 1 || size > maxSize) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED, "page starts at 1; size is 1 to " + maxSize + ".");
        }
        // (page - 1) * size <= maxOffset, tested by division: the product itself may not fit in a long.
        if (page - 1 > maxOffset / size) {
            throw ProblemException.badRequest(
                    PAGE_OUT_OF_RANGE,
                    "Pages beyond the first " + maxOffset + " results are not served; narrow the query.");
        }
        return (page - 1) * size;
    }
}
