package org.govexchange.catalog.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param code the agency's unified social credit code (GB 32100), checked in full by the service
 * @param systemClientId client id of the department's DEPT_SYSTEM account; default: the code in lower case
 *     followed by {@code -system}
 */
public record RegisterDepartmentRequest(
        @NotNull String code,
        @NotBlank @Size(max = 128) String name,
        @NotNull DepartmentLevel level,
        String parentCode,
        @NotBlank @Size(max = 256) String contact,
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}") String systemClientId) {}
