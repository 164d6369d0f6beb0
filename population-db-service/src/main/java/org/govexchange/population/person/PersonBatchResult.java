package org.govexchange.population.person;

import java.util.List;
import java.util.Map;

/**
 * @param found each found person: the ID number as requested (so the caller can match it even when the
 *     record's own idNumber is masked) and the record, projected to the grant
 * @param notFound requested numbers that are valid but not registered
 * @param invalid requested numbers that are not valid resident ID numbers, with the reason's code
 */
public record PersonBatchResult(List<Found> found, List<String> notFound, List<Invalid> invalid) {

    public record Found(String idNumber, Map<String, Object> record) {}

    public record Invalid(String idNumber, String code) {}
}
