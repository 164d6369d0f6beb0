package org.govexchange.catalog.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What the API shows of an account: never its secret or hash. */
public record AccountView(
        String clientId,
        List<Role> roles,
        String departmentCode,
        String status,
        Instant secretRotatedAt,
        Instant createdAt,
        String createdBy) {

    static AccountView of(ClientAccount a) {
        return new AccountView(
                a.getClientId(),
                AccountService.parseRoles(a.getRoles()),
                a.getDepartmentCode(),
                a.getStatus(),
                a.getSecretRotatedAt().toInstant(ZoneOffset.UTC),
                a.getCreatedAt().toInstant(ZoneOffset.UTC),
                a.getCreatedBy());
    }
}
