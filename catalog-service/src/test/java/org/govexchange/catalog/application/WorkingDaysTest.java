package org.govexchange.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void tenWorkingDaysFromAMondayIsTheMondayTwoWeeksLater() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 2), 10)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void weekendsAreSkipped() {
        // Friday + 1 working day = Monday; a Saturday submission counts from Monday.
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 6), 1)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 7), 10)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 8), 10)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 7), 0)).isEqualTo(LocalDate.of(2026, 11, 7));
    }
}
