package org.govexchange.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.govexchange.catalog.calendar.PlausibleYear;

/**
 * Every member is optional.
 *
 * @param fields narrows the grant to these of the requested fields (default: all requested)
 * @param plainFields granted fields the consumer may receive unmasked (default: none)
 * @param dailyQuota default: the expected daily volume
 * @param validTo may shorten, never extend, the requested validity
 */
public record ApproveApplicationRequest(
        @Size(min = 1, max = 200) List<@NotBlank String> fields,
        @Size(max = 200) List<@NotBlank String> plainFields,
        @Positive Long dailyQuota,
        @PlausibleYear LocalDate validTo,
        @Size(max = 1000) String comment) {}
