package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 100 credit codes; a malformed one is reported in the answer, it does not fail the request. */
public record EntityBatchRequest(
        @Schema(description = "1 to 100 unified social credit codes.", example = "[\"11100000000013338W\"]")
                @NotEmpty
                @Size(max = EntityBatchRequest.MAX_SIZE)
                List<String> creditCodes) {

    public static final int MAX_SIZE = 100;
}
