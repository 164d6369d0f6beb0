package org.govexchange.legalentity.entity;

import java.util.List;
import java.util.Map;

/**
 * @param found each found entity: the code as requested and the record, projected to the grant
 * @param notFound requested codes that are valid but not registered
 * @param invalid requested codes that are not valid credit codes, with the reason's code
 */
public record EntityBatchResult(List<Found> found, List<String> notFound, List<Invalid> invalid) {

    public record Found(String creditCode, Map<String, Object> record) {}

    public record Invalid(String creditCode, String code) {}
}
