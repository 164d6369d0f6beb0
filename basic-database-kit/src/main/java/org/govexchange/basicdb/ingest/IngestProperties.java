package org.govexchange.basicdb.ingest;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.contracts.exchange.Topics;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Which exchange resources feed a basic database, and how. Each service binds it under its own prefix
 * ({@code gx.population.ingest}, {@code gx.legal-entity.ingest}) with {@link #bind}.
 *
 * @param enabled whether this process consumes at all (the bulk-load command does not)
 * @param groupId Kafka consumer group; one per service, so each basic database sees every record
 * @param retryMaxInterval longest pause between retries while the database is unreachable
 * @param sources the resources consumed from {@code gx.resource.<code>}
 */
public record IngestProperties(Boolean enabled, String groupId, Duration retryMaxInterval, List<Source> sources) {

    public IngestProperties {
        enabled = enabled == null || enabled;
        retryMaxInterval = retryMaxInterval == null ? Duration.ofSeconds(30) : retryMaxInterval;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * Binds {@code prefix} the way {@code @ConfigurationProperties(prefix)} would (relaxed names, defaults
     * when absent), then refuses sources listed twice or naming fields the database does not have, so a
     * wrong configuration stops the service at startup.
     *
     * @param defaultGroupId the consumer group when none is configured: the service's name
     */
    public static IngestProperties bind(Binder binder, String prefix, String defaultGroupId, FieldSet<?> fields) {
        IngestProperties bound = binder.bindOrCreate(prefix, IngestProperties.class);
        String groupId = bound.groupId() == null || bound.groupId().isBlank() ? defaultGroupId : bound.groupId();
        var codes = new HashSet<String>();
        for (Source source : bound.sources()) {
            if (!codes.add(source.resourceCode())) {
                throw new IllegalArgumentException(prefix + ".sources lists " + source.resourceCode() + " twice");
            }
            source.check(prefix, fields);
        }
        return new IngestProperties(bound.enabled(), groupId, bound.retryMaxInterval(), bound.sources());
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
     * @param resourceCode catalog resource code, e.g. {@code 101001/000001}
     * @param priority the source's rank in reconciliation: when two sources disagree on a field, the higher
     *     priority wins (equal: the later record wins)
     * @param fieldPriorities per-field overrides of {@code priority}, by field code
     * @param fields resource field → field code; empty means the resource uses the field codes themselves.
     *     Fields the key encodes are only cross-checked against the key.
     * @param values per field, source code → our code (e.g. {@code status: {MOVED_OUT: EMIGRATED}})
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
        }

        /** Resource field → database field. */
        public <F extends Enum<F> & RecordField<?>> Map<String, F> mapping(FieldSet<F> set) {
            Map<String, F> mapping = new LinkedHashMap<>();
            if (fields.isEmpty()) {
                for (F field : set.all()) {
                    mapping.put(field.code(), field);
                }
            } else {
                fields.forEach((resourceField, code) ->
                        mapping.put(resourceField, set.byCode(code).orElseThrow()));
            }
            return mapping;
        }

        public int priority(RecordField<?> field) {
            return fieldPriorities.getOrDefault(field.code(), priority);
        }

        /** The value in our code table, when the source uses another one. */
        public String translate(RecordField<?> field, String value) {
            Map<String, String> table = values.get(field.code());
            return table == null || value == null ? value : table.getOrDefault(value, value);
        }

        void check(String prefix, FieldSet<?> set) {
            fieldPriorities.keySet().forEach(code -> known(set, code, prefix, "field-priorities"));
            fields.values().forEach(code -> known(set, code, prefix, "fields"));
            values.keySet().forEach(code -> known(set, code, prefix, "values"));
        }

        private static void known(FieldSet<?> set, String code, String prefix, String property) {
            if (set.byCode(code).isEmpty()) {
                throw new IllegalArgumentException(
                        prefix + ".sources[]." + property + " names an unknown " + set.noun() + " field: " + code);
            }
        }
    }
}
