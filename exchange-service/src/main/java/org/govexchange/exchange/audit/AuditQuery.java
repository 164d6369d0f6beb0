package org.govexchange.exchange.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;

/**
 * Filters of the event list and CSV export; every one optional, all combined with AND.
 *
 * @param from earliest occurredAt, inclusive (ISO-8601 instant, e.g. 2026-11-22T00:00:00Z)
 * @param to latest occurredAt, exclusive
 * @param resource the target resource code
 * @param page 1-based page of the list (ignored by the export)
 * @param size events per page, at most 500 (ignored by the export)
 */
public record AuditQuery(
        Instant from,
        Instant to,
        @Size(max = 64) String actorDept,
        @Size(max = 64) String providerDept,
        @Size(max = 128) String resource,
        @Size(max = 255) String purpose,
        @Size(max = 128) String caseId,
        AuditResult result,
        AuditKind kind,
        @Min(1) @Max(100_000) Integer page,
        @Min(1) @Max(500) Integer size) {

    static final int DEFAULT_SIZE = 50;

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    /** The database cannot compare an instant beyond its calendar: such a bound would filter nothing, silently. */
    @AssertTrue(message = "from and to lie in the years 1900 to 9999")
    public boolean isWithinCalendar() {
        return within(from) && within(to);
    }

    private static boolean within(Instant instant) {
        return instant == null || (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST));
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }

    int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }
}
