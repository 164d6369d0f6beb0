package org.govexchange.exchange.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.govexchange.contracts.audit.AuditKind;
import org.govexchange.contracts.audit.AuditResult;
import org.govexchange.contracts.schema.CalendarRange;

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

    /** The database cannot compare an instant beyond its calendar: such a bound would filter nothing, silently. */
    @AssertTrue(message = "from and to lie in the years 1900 to 9999")
    public boolean isWithinCalendar() {
        return CalendarRange.holds(from) && CalendarRange.holds(to);
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }

    int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }
}
