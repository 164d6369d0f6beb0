package org.govexchange.exchange.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * The stats request.
 *
 * @param from earliest occurredAt, inclusive
 * @param to latest occurredAt, exclusive
 * @param groupBy actorDept, providerDept, resource or day
 * @param utcOffset for groupBy=day: the offset days are counted in, e.g. +08:00 (default UTC)
 */
public record AuditStatsQuery(
        Instant from,
        Instant to,
        @NotNull @Pattern(regexp = "actorDept|providerDept|resource|day") String groupBy,
        @Pattern(regexp = "[+-](0\\d|1[0-4]):[0-5]\\d") String utcOffset) {}
