package org.govexchange.exchange.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Counts for one group (a department, a resource or a day) of the stats.
 *
 * @param key the group; null for events without that member (e.g. no actor department)
 * @param events all events
 * @param denied events with result DENIED
 * @param failed events with result FAILED
 * @param records sum of recordCount
 */
public record AuditStat(
        @JsonInclude(JsonInclude.Include.ALWAYS) String key, long events, long denied, long failed, long records) {}
