package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * @param found each found entity: the code as requested and the record, projected to the grant
 * @param notFound requested codes that are valid but not registered
 * @param invalid requested codes that are not valid credit codes, with the reason's code
 */
public record EntityBatchResult(
        @Schema(description = "The registered entities found.") List<Found> found,
        @Schema(description = "Valid codes no entity is registered under.") List<String> notFound,
        @Schema(description = "Codes that are not valid credit codes, with the reason.") List<Invalid> invalid) {

    @Schema(name = "EntityBatchFound", description = "One found entity.")
    public record Found(
            @Schema(description = "The code as requested.", example = "11100000000013338W") String creditCode,
            @Schema(description = "The entity, projected to the grant.", implementation = GrantedEntity.class)
                    Map<String, Object> record) {}

    @Schema(name = "EntityBatchInvalid", description = "One malformed code.")
    public record Invalid(
            @Schema(description = "The code as requested.", example = "11100000000013338X") String creditCode,
            @Schema(
                            description = "Why it is not valid.",
                            allowableValues = {"CREDIT_CODE_FORMAT", "CREDIT_CODE_CHECKSUM"},
                            example = "CREDIT_CODE_CHECKSUM")
                    String code) {}
}
