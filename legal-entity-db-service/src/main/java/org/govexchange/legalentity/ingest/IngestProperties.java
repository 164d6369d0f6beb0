package org.govexchange.legalentity.ingest;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govexchange.contracts.exchange.Topics;
import org.govexchange.legalentity.entity.EntityField;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which exchange resources feed the legal-entity database, and how.
 *
 * @param enabled whether this process consumes at all (the bulk-load command does not)
 * @param groupId Kafka consumer group; one per service, so each basic database sees every record
 * @param retryMaxInterval longest pause between retries while the database is unreachable
 * @param sources the resources consumed from {@code gx.resource.<code>}
 */
@ConfigurationProperties("gx.legal-entity.ingest")
public record IngestProperties(Boolean enabled, String groupId, Duration retryMaxInterval, List<Source> sources) {

    public IngestProperties {
        enabled = enabled == null || enabled;
        groupId = groupId == null || groupId.isBlank() ? "legal-entity-db-service" : groupId;
        retryMaxInterval = retryMaxInterval == null ? Duration.ofSeconds(30) : retryMaxInterval;
        sources = sources == null ? List.of() : List.copyOf(sources);
        var codes = new HashSet<String>();
        for (Source source : sources) {
            if (!codes.add(source.resourceCode())) {
                throw new IllegalArgumentException(
                        "gx.legal-entity.ingest.sources lists " + source.resourceCode() + " twice");
            }
        }
    }

    public Optional<Source> source(String resourceCode) {
        return sources.stream()
                .filter(s -> s.resourceCode().equals(resourceCode))
                .findFirst();
    }

    public List<String> topics() {
        return sources.stream().map(s -> Topics.resource(s.resourceCode())).toList();
    }

    /**
     * One source resource.
     *
     * @param resourceCode catalog resource code, e.g. {@code 102001/000001}
     * @param priority the source's rank in reconciliation: when two sources disagree on a field, the higher
     *     priority wins (equal: the later record wins)
     * @param fieldPriorities per-field overrides of {@code priority}, by entity field code
     * @param fields resource field → entity field code; empty means the resource uses the entity field
     *     codes themselves. The credit code is only cross-checked against the key.
     * @param values per entity field, source code → our code (e.g. {@code status: {ACTIVE: OPERATING}})
     */
    public record Source(
            String resourceCode,
            Integer priority,
            Map<String, Integer> fieldPriorities,
            Map<String, String> fields,
            Map<String, Map<String, String>> values) {

        public Source {
            Topics.resource(resourceCode); // refuses a malformed code at startup
            priority = priority == null ? 0 : priority;
            fieldPriorities = fieldPriorities == null ? Map.of() : Map.copyOf(fieldPriorities);
            fields = fields == null ? Map.of() : Map.copyOf(fields);
            values = values == null ? Map.of() : Map.copyOf(values);
            fieldPriorities.keySet().forEach(code -> field(code, "field-priorities"));
            fields.values().forEach(code -> field(code, "fields"));
            values.keySet().forEach(code -> field(code, "values"));
        }

        /** Resource field → entity field. */
        public Map<String, EntityField> mapping() {
            Map<String, EntityField> mapping = new LinkedHashMap<>();
            if (fields.isEmpty()) {
                for (EntityField field : EntityField.values()) {
                    mapping.put(field.code(), field);
                }
            } else {
                fields.forEach((resourceField, code) -> mapping.put(resourceField, field(code, "fields")));
            }
            return mapping;
        }

        public int priority(EntityField field) {
            return fieldPriorities.getOrDefault(field.code(), priority);
        }

        /** The value in our code table, when the source uses another one. */
        public String translate(EntityField field, String value) {
            Map<String, String> table = values.get(field.code());
            return table == null || value == null ? value : table.getOrDefault(value, value);
        }

        private static EntityField field(String code, String property) {
            return EntityField.byCode(code)
                    .orElseThrow(() -> new IllegalArgumentException("gx.legal-entity.ingest.sources[]." + property
                            + " names an unknown entity field: " + code));
        }
    }
}
