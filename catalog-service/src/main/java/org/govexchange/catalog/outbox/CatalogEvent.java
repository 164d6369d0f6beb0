package org.govexchange.catalog.outbox;

import java.time.Instant;
import java.util.UUID;
import org.govexchange.contracts.exchange.Topics;

/**
 * The JSON body of every message on {@code gx.catalog.events}: consumers refresh their caches from
 * {@code type}, {@code subjectId} and {@code data} and drop redeliveries by {@code eventId}.
 *
 * @param type e.g. GRANT_REVOKED, DEPARTMENT_SUSPENDED, RESOURCE_PUBLISHED
 * @param subjectId id of what changed: department code, resource code, application or grant id
 * @param data the changed object as the API shows it
 */
public record CatalogEvent(UUID eventId, String type, String subjectId, Instant occurredAt, Object data) {

    public static final String TOPIC = Topics.CATALOG_EVENTS;
}
