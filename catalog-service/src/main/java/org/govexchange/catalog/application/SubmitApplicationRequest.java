package org.govexchange.catalog.application;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.govexchange.catalog.calendar.PlausibleYear;
import org.govexchange.catalog.resource.ResourceCodes;
import org.govexchange.contracts.grant.ShareMode;

/**
 * @param fields field codes asked for
 * @param purposeCode 用途 code, e.g. {@code SOCIAL_SECURITY_ENROLMENT}
 * @param validTo last day the grant should be valid
 */
public record SubmitApplicationRequest(
        @NotNull @Pattern(regexp = ResourceCodes.CODE_PATTERN) String resourceCode,
        @NotEmpty @Size(max = 200) List<@NotBlank String> fields,
        @NotBlank @Size(max = 64) String purposeCode,
        @NotBlank @Size(max = 1000) String purpose,
        @Size(max = 1000) String legalBasis,
        @NotNull ShareMode mode,
        @NotNull @Positive Long expectedDailyVolume,
        @NotNull @Future @PlausibleYear LocalDate validTo) {}
