package org.govexchange.catalog.identity;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * @param clientId lower-case letters, digits, '.', '_' and '-', 3-64 characters
 * @param departmentCode required for DEPT_ADMIN and DEPT_SYSTEM, refused for the platform roles
 */
public record CreateAccountRequest(
        @NotNull @Pattern(regexp = AccountService.CLIENT_ID_PATTERN) String clientId,
        @NotEmpty List<@NotNull Role> roles,
        String departmentCode) {}
