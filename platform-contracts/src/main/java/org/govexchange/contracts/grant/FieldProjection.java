package org.govexchange.contracts.grant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cuts a record down to what a grant allows: only the granted fields, in the grant's order, each masked as the
 * grant says. The one projection of the platform: the basic databases and the certificate service apply it to
 * every record they answer with, the hub to every record it delivers.
 */
public final class FieldProjection {

    private FieldProjection() {}

    /** The granted fields of {@code record} as the internal token's grant allows them out. */
    public static Map<String, Object> project(Map<String, ?> record, GrantContext grant) {
        return project(record, grant.masking());
    }

    /**
     * The fields {@code granted} names, in its order, each masked by its masking; absent values stay absent,
     * {@code null} stays {@code null}.
     */
    public static Map<String, Object> project(Map<String, ?> record, Map<String, Masking> granted) {
        Map<String, Object> projected = new LinkedHashMap<>();
        for (Map.Entry<String, Masking> field : granted.entrySet()) {
            if (!record.containsKey(field.getKey())) {
                continue;
            }
            Object value = record.get(field.getKey());
            Masking masking = field.getValue() == null ? Masking.FULL : field.getValue();
            if (value != null && masking != Masking.NONE) {
                value = masking.apply(value.toString());
            }
            projected.put(field.getKey(), value);
        }
        return projected;
    }
}
