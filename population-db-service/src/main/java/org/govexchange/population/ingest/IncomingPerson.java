package org.govexchange.population.ingest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.govexchange.contracts.exchange.RecordOp;
import org.govexchange.population.person.PersonField;

/**
 * A validated source record in our terms: the normalised ID number and the person fields the source
 * stated, as canonical strings (a null value: the source has none).
 */
record IncomingPerson(
        String idNumber,
        String resourceCode,
        String sourceDept,
        long version,
        RecordOp op,
        String batchId,
        Map<PersonField, String> values) {

    IncomingPerson {
        values = Collections.unmodifiableMap(
                values.isEmpty() ? new EnumMap<>(PersonField.class) : new EnumMap<>(values));
    }
}
