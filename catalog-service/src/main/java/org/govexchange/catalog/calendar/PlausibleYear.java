package org.govexchange.catalog.calendar;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.govexchange.contracts.schema.CalendarRange;

/**
 * A date or instant whose year lies in [{@link #min}, {@link #max}]: Jackson accepts years up to 999999999,
 * the database's DATE and DATETIME do not, so an absurd year is a 400 here instead of a failed insert (500).
 * Null is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = PlausibleYearValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleYear {

    int min() default CalendarRange.MIN_YEAR;

    int max() default CalendarRange.MAX_YEAR;

    String message() default "must lie between the years {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
