package org.govexchange.contracts.grant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cuts a record down to what a grant allows: only the granted fields, each masked by its catalog
 * masking unless the grant lets it out plain. Services call this on every record they return.
 */
public final class FieldProjection {

    private final Map<String, Masking> maskingByField;

    /** @param maskingByField the resource's masking per field; a field not listed is not masked */
    public FieldProjection(Map<String, Masking> maskingByField) {
        this.maskingByField = Map.copyOf(maskingByField);
    }

    /** The granted fields of {@code record}, in the grant's order; absent values stay absent. */
    public Map<String, Object> project(Map<String, ?> record, GrantContext grant) {
        Map<String, Object> projected = new LinkedHashMap<>();
        for (String field : grant.fields()) {
            if (!record.containsKey(field)) {
                continue;
            }
            Object value = record.get(field);
            Masking masking = maskingByField.getOrDefault(field, Masking.NONE);
            if (value != null && masking != Masking.NONE && !grant.isPlain(field)) {
                value = masking.apply(value.toString());
            }
            projected.put(field, value);
        }
        return projected;
    }
}
