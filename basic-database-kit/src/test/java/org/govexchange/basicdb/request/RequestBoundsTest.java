package org.govexchange.basicdb.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.contracts.schema.CalendarRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paging and dates from requests: bounds that answer 400, never an overflow or a 500. */
class RequestBoundsTest {

    @ParameterizedTest(name = "page {0} × size {1} → offset {2}")
    @CsvSource({"1, 20, 0", "2, 20, 20", "501, 20, 10000", "101, 100, 10000"})
    void anOffsetWithinTheCapIsServed(long page, long size, long offset) {
        assertThat(Paging.offset(page, size, 100, 10_000)).isEqualTo(offset);
    }

    @ParameterizedTest(name = "page {0} × size {1}")
    @CsvSource({
        "502, 20",
        "102, 100",
        "9223372036854775807, 100",
        "9223372036854775807, 1",
        "4611686018427387905, 2",
        "92233720368547759, 100"
    })
    void aPageBeyondTheCapIsA400NeverAnOverflow(long page, long size) {
        assertThatThrownBy(() -> Paging.offset(page, size, 100, 10_000))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo(Paging.PAGE_OUT_OF_RANGE);
                });
    }

    @ParameterizedTest(name = "page {0} × size {1}")
    @CsvSource({"0, 20", "-9223372036854775808, 20", "1, 0", "1, 101", "1, -9223372036854775808"})
    void aPageOrSizeOutsideItsRangeIsAValidationFailure(long page, long size) {
        assertThatThrownBy(() -> Paging.offset(page, size, 100, 10_000))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+999999999-12-31", "-999999999-01-01", "0001-01-01", "1899-12-31"})
    void aDateOutsideTheYears1900To9999IsA400(String date) {
        assertThatThrownBy(() -> CalendarRange.requireDate("birthDate", LocalDate.parse(date)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo(CalendarRange.DATE_OUT_OF_RANGE);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1900-01-01", "1949-12-31", "9999-12-31"})
    void aDateWithinTheYearsPasses(String date) {
        CalendarRange.requireDate("birthDate", LocalDate.parse(date));
    }
}
