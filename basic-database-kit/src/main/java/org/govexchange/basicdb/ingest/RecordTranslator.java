package org.govexchange.basicdb.ingest;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.govexchange.basicdb.field.FieldSet;
import org.govexchange.basicdb.field.RecordField;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.exchange.ResourceRecord;
import org.govexchange.contracts.exchange.Topics;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code gx.resource.*} value and turns it into an {@link IncomingRecord}, or says why the record
 * cannot be taken. Everything that could fail later in the database (lengths, code tables, dates) is
 * checked here, so a bad record is skipped instead of failing a transaction again and again. The shared
 * shape is checked here; the database's own rules by its {@link RecordRules}.
 */
public class RecordTranslator<F extends Enum<F> & RecordField<?>> {

    public static final String MALFORMED = "RECORD_MALFORMED";
    public static final String SOURCE_UNKNOWN = "RECORD_SOURCE_UNKNOWN";
    public static final String TOPIC_MISMATCH = "RECORD_TOPIC_MISMATCH";
    public static final String KEY_MISMATCH = "RECORD_KEY_MISMATCH";
    public static final String FIELD_TYPE = "RECORD_FIELD_TYPE";
    public static final String FIELD_TOO_LONG = "RECORD_FIELD_TOO_LONG";

    private final JsonMapper json;
    private final IngestProperties properties;
    private final FieldSet<F> fields;
    private final RecordRules<F> rules;

    public RecordTranslator(JsonMapper json, IngestProperties properties, FieldSet<F> fields, RecordRules<F> rules) {
        this.json = json;
        this.properties = properties;
        this.fields = fields;
        this.rules = rules;
    }

    public IncomingRecord<F> translate(String topic, String value) throws RejectedRecordException {
        ResourceRecord record;
        try {
            record = json.readValue(value, ResourceRecord.class);
        } catch (JacksonException e) {
            String resource = properties.sources().stream()
                    .map(IngestProperties.Source::resourceCode)
                    .filter(code -> Topics.resource(code).equals(topic))
                    .findFirst()
                    .orElse(null);
            throw new RejectedRecordException(
                    MALFORMED, "not a resource record: " + e.getOriginalMessage(), resource, null, null);
        }
        var reject = new Rejection(record);
        IngestProperties.Source source = properties
                .source(record.resourceCode())
                .orElseThrow(() -> reject.with(SOURCE_UNKNOWN, "resource is not a configured source"));
        if (!Topics.resource(record.resourceCode()).equals(topic)) {
            throw reject.with(TOPIC_MISMATCH, "record of " + record.resourceCode() + " arrived on " + topic);
        }
        String key = rules.key(record.key(), reject);

        Map<F, String> values = fields.newMap();
        if (record.op() == RecordOp.DELETE) {
            // The record leaves the register but its history stays: the row is marked, not removed.
            values.put(rules.statusField(), rules.cancelledStatus());
        } else {
            for (Map.Entry<String, F> mapping : source.mapping(fields).entrySet()) {
                if (!record.data().containsKey(mapping.getKey())) {
                    continue;
                }
                F field = mapping.getValue();
                String text = source.translate(field, scalar(record.data().get(mapping.getKey()), field, reject));
                if (text != null && text.codePointCount(0, text.length()) > field.maxLength()) {
                    throw reject.with(
                            FIELD_TOO_LONG, field.code() + " is longer than " + field.maxLength() + " characters");
                }
                if (!field.sourced()) {
                    if (text != null) {
                        rules.crossCheck(key, field, text, reject);
                    }
                } else if (text != null || field != rules.statusField()) {
                    // A record always has a status: a source without one leaves it as it is.
                    values.put(field, text == null ? null : rules.canonical(field, text, reject));
                }
            }
        }
        return new IncomingRecord<>(
                key,
                record.resourceCode(),
                record.sourceDept(),
                record.version(),
                record.op(),
                record.batchId(),
                values);
    }

    /** Scalars become trimmed text (an empty one: no value); objects and arrays are refused. */
    private static String scalar(Object value, RecordField<?> field, Rejection reject) throws RejectedRecordException {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            throw reject.with(FIELD_TYPE, field.code() + " must be a single value");
        }
        String text = value instanceof BigDecimal decimal
                ? decimal.toPlainString()
                : value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
