package org.govexchange.node.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.contracts.problem.ProblemCodes;
import org.govexchange.contracts.problem.ProblemException;
import org.govexchange.node.NodeProperties;
import org.govexchange.node.NodeProperties.Publish;
import org.govexchange.node.outbox.OutboxEntry;
import org.govexchange.node.outbox.OutboxSender;
import org.govexchange.node.outbox.OutboxService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records pushed by department systems: checked, then written to the outbox all or nothing. */
@Service
public class PushService {

    public static final String RESOURCE_NOT_PUBLISHED = "RESOURCE_NOT_PUBLISHED";

    private static final int MAX_KEY_LENGTH = 255;
    private static final int MAX_ERRORS = 50;

    private final NodeProperties node;
    private final OutboxService outbox;
    private final OutboxSender sender;
    private final ExtractionService extraction;

    public PushService(NodeProperties node, OutboxService outbox, OutboxSender sender, ExtractionService extraction) {
        this.node = node;
        this.outbox = outbox;
        this.sender = sender;
        this.extraction = extraction;
    }

    @Transactional
    public PushResult push(String resourceCode, List<PushedRecord> records) {
        Publish publish = node.publishing(resourceCode);
        if (publish == null) {
            throw ProblemException.notFound(
                    RESOURCE_NOT_PUBLISHED, "This node does not publish resource " + resourceCode + ".");
        }
        if (records == null || records.isEmpty()) {
            throw invalid(List.of(error(null, "records", "send a JSON array of at least one record")));
        }
        if (records.size() > node.push().maxRecords()) {
            throw new ProblemException(
                    413,
                    ProblemCodes.PAYLOAD_TOO_LARGE,
                    "At most " + node.push().maxRecords() + " records per request; split the push.");
        }
        Set<String> fields = new HashSet<>(publish.columns().values());
        List<Map<String, Object>> errors = new ArrayList<>();
        List<OutboxEntry> entries = new ArrayList<>(records.size());
        for (int i = 0; i < records.size() && errors.size() < MAX_ERRORS; i++) {
            PushedRecord record = records.get(i);
            int before = errors.size();
            if (record == null) {
                errors.add(error(i, "record", "must be an object {key, op, version, data}"));
                continue;
            }
            if (record.key() == null || record.key().isBlank()) {
                errors.add(error(i, "key", "is required"));
            } else if (record.key().length() > MAX_KEY_LENGTH) {
                errors.add(error(i, "key", "is longer than " + MAX_KEY_LENGTH + " characters"));
            }
            RecordOp op = null;
            try {
                op = RecordOp.valueOf(String.valueOf(record.op()));
            } catch (IllegalArgumentException e) {
                errors.add(error(i, "op", "must be UPSERT or DELETE"));
            }
            if (record.version() == null || record.version() < 0) {
                errors.add(error(i, "version", "is required: a number that grows with every change of the key"));
            }
            Map<String, Object> data = record.data() == null ? Map.of() : record.data();
            if (op == RecordOp.UPSERT && data.isEmpty()) {
                errors.add(error(i, "data", "is required for an UPSERT"));
            }
            for (Map.Entry<String, Object> field : data.entrySet()) {
                if (!fields.isEmpty() && !fields.contains(field.getKey())) {
                    errors.add(error(
                            i, "data." + field.getKey(), "is not a field this node publishes for " + resourceCode));
                } else if (!scalar(field.getValue())) {
                    errors.add(error(i, "data." + field.getKey(), "must be a string, number, boolean or null"));
                }
            }
            if (errors.size() == before) {
                entries.add(new OutboxEntry(resourceCode, record.key(), op, record.version(), normalise(data)));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        outbox.append(entries);
        extraction.countPushed(resourceCode, entries.size());
        sender.wake();
        return new PushResult(resourceCode, entries.size(), outbox.unsentCount());
    }

    private static boolean scalar(Object value) {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** Whole numbers as longs and fractions as exact decimals, the way extracted values travel. */
    private static Map<String, Object> normalise(Map<String, Object> data) {
        Map<String, Object> normal = new LinkedHashMap<>();
        data.forEach((field, value) -> {
            if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                value = ((Number) value).longValue();
            } else if (value instanceof Double || value instanceof Float) {
                value = new BigDecimal(value.toString());
            }
            normal.put(field, value);
        });
        return normal;
    }

    private static Map<String, Object> error(Integer index, String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (index != null) {
            error.put("index", index);
        }
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static ProblemException invalid(List<Map<String, Object>> errors) {
        return new ProblemException(
                400,
                ProblemCodes.VALIDATION_FAILED,
                "The records have invalid values; nothing was accepted.",
                Map.of("errors", errors));
    }
}
