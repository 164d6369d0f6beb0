package org.govexchange.catalog.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.govexchange.catalog.calendar.PlausibleYear;
import org.govexchange.contracts.grant.ShareType;
import org.govexchange.contracts.schema.FieldSpec;

/**
 * Body of {@code POST /api/catalog/resources} and {@code PUT /api/catalog/resources/{code}}.
 *
 * @param classification 类(1 digit, matching the category) + 项(2) + 目(3); on create only, default
 *     category digit + 00000
 * @param shareCondition required when CONDITIONAL
 * @param legalBasis required when CONDITIONAL or NOT_SHARED
 * @param apiPath the gateway path serving the resource, required when shareMethods contains API; its form
 *     and place are {@link RouteSpace}'s rules (422 with a code per rule, not a 400 from this record)
 */
public record ResourceRequest(
        @Pattern(regexp = "[1-3][0-9]{5}") String classification,
        @NotBlank @Size(max = 200) String name,
        @NotNull String providerCode,
        @NotNull ResourceCategory category,
        @NotBlank @Size(max = 2000) String summary,
        @NotNull ResourceFormat format,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid FieldSpec> fields,
        @NotNull ShareType shareType,
        @Size(max = 1000) String shareCondition,
        @Size(max = 1000) String legalBasis,
        Set<@NotNull ShareMethod> shareMethods,
        OpenType openType,
        @NotNull UpdateCycle updateCycle,
        @PlausibleYear LocalDate publishDate,
        @Size(max = 50) List<@Pattern(regexp = ResourceCodes.CODE_PATTERN) String> relatedCodes,
        @Size(max = 2048) String apiPath) {

    public ResourceRequest {
        shareMethods = shareMethods == null ? Set.of() : shareMethods;
        openType = openType == null ? OpenType.NOT_OPEN : openType;
        relatedCodes = relatedCodes == null ? List.of() : relatedCodes;
    }
}
