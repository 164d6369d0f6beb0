package org.govexchange.catalog.application;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Review deadlines in working days. Only Saturdays and Sundays are skipped: public holidays and the
 * make-up working weekends around them (调休) are out of scope until a holiday calendar exists.
 */
final class WorkingDays {

    private WorkingDays() {}

    /** The date {@code days} working days after {@code start} ({@code start} itself does not count). */
    static LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return date;
    }
}
