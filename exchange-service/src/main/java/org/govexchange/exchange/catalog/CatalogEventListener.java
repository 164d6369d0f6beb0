package org.govexchange.exchange.catalog;

import org.govexchange.contracts.grant.GrantPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drops cached catalog answers when {@code gx.catalog.events} says they changed, and announces new
 * SUBSCRIPTION grants ({@link SubscriptionGranted}). Events are {@code {eventId, type, subjectId, occurredAt,
 * data}}; an event this hub cannot read is logged and skipped (the cache TTLs still bound staleness).
 */
@Component
class CatalogEventListener {

    static final String GROUP = "gx-hub-catalog-events";

    private static final Logger log = LoggerFactory.getLogger(CatalogEventListener.class);

    private final CatalogCache cache;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    CatalogEventListener(CatalogCache cache, ApplicationEventPublisher events) {
        this.cache = cache;
        this.events = events;
    }

    @KafkaListener(
            id = GROUP,
            topics = "gx.catalog.events",
            properties = {"auto.offset.reset=earliest", "isolation.level=read_committed"},
            autoStartup = "${gx.exchange.catalog.events-auto-startup:true}")
    void onEvent(String value) {
        JsonNode event;
        try {
            event = json.readTree(value);
        } catch (JacksonException e) {
            log.warn("unreadable catalog event skipped: {}", e.getOriginalMessage());
            return;
        }
        String type = event.path("type").asString("");
        String subject = event.path("subjectId").asString(null);
        JsonNode data = event.path("data");
        if (type.startsWith("GRANT_")) {
            String resource = data.path("resourceCode").asString(null);
            cache.invalidateGrants(resource);
            if ("GRANT_CREATED".equals(type)
                    && "SUBSCRIPTION".equals(data.path("mode").asString(""))) {
                try {
                    GrantPolicy grant = json.treeToValue(data, GrantPolicy.class);
                    events.publishEvent(
                            new SubscriptionGranted(event.path("eventId").asString(grant.grantId()), grant));
                } catch (JacksonException e) {
                    log.warn("GRANT_CREATED event with an unreadable grant skipped: {}", e.getOriginalMessage());
                }
            }
        } else if (type.startsWith("DEPARTMENT_")) {
            // A key registered, a department suspended or reactivated: its keys, and whom grants reach.
            cache.invalidateKeys(null);
            cache.invalidateGrants(null);
        } else if (type.startsWith("RESOURCE_")) {
            cache.invalidateResource(subject != null && subject.contains("/") ? subject : null);
        }
        log.debug("catalog event {} {} applied to the caches", type, subject);
    }
}
