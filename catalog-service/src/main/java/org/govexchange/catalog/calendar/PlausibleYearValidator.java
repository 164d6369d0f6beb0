package org.govexchange.catalog.calendar;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/** Checks {@link PlausibleYear} on LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime and Instant (in UTC). */
public class PlausibleYearValidator implements ConstraintValidator<PlausibleYear, TemporalAccessor> {

    private int min;
    private int max;

    @Override
    public void initialize(PlausibleYear annotation) {
        this.min = annotation.min();
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        TemporalAccessor dated = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
        if (!dated.isSupported(ChronoField.YEAR)) {
            return false;
        }
        int year = dated.get(ChronoField.YEAR);
        return year >= min && year <= max;
    }
}
