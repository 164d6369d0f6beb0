package org.govexchange.legalentity.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.legalentity.entity.EntityField;

/**
 * A validated source record in our terms: the normalised credit code and the entity fields the source
 * stated, as canonical strings (a null value: the source has none).
 */
record IncomingEntity(
        String creditCode,
        String resourceCode,
        String sourceDept,
        long version,
        RecordOp op,
        String batchId,
        Map<EntityField, String> values) {

    IncomingEntity {
        values = Collections.unmodifiableMap(
                values.isEmpty() ? new EnumMap<>(EntityField.class) : new EnumMap<>(values));
    }
}
