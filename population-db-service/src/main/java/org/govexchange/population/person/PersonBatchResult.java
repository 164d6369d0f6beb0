package org.govexchange.population.person;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * @param found each found person: the ID number as requested (so the caller can match it even when the
 *     record's own idNumber is masked) and the record, projected to the grant
 * @param notFound requested numbers that are valid but not registered
 * @param invalid requested numbers that are not valid resident ID numbers, with the reason's code
 */
public record PersonBatchResult(
        @Schema(description = "The registered residents found.") List<Found> found,
        @Schema(description = "Valid numbers no resident is registered under.", example = "[\"110105194912310021\"]")
                List<String> notFound,
        @Schema(description = "Numbers that are not valid resident ID numbers, with the reason.")
                List<Invalid> invalid) {

    @Schema(name = "PersonBatchFound", description = "One found resident.")
    public record Found(
            @Schema(
                            description = "The ID number as requested (the record's own may be masked).",
                            example = "11010519491231002X")
                    String idNumber,
            @Schema(description = "The resident, projected to the grant.", implementation = GrantedPerson.class)
                    Map<String, Object> record) {}

    @Schema(name = "PersonBatchInvalid", description = "One malformed number.")
    public record Invalid(
            @Schema(description = "The number as requested.", example = "110105194912310020") String idNumber,
            @Schema(
                            description = "Why it is not valid.",
                            allowableValues = {"ID_NUMBER_FORMAT", "ID_NUMBER_DATE", "ID_NUMBER_CHECKSUM"},
                            example = "ID_NUMBER_CHECKSUM")
                    String code) {}
}
