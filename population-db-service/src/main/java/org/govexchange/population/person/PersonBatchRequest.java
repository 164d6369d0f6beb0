package org.govexchange.population.person;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 100 ID numbers; a malformed one is reported in the answer, it does not fail the request. */
public record PersonBatchRequest(
        @Schema(description = "1 to 100 resident ID numbers.", example = "[\"11010519491231002X\"]")
                @NotEmpty
                @Size(max = PersonBatchRequest.MAX_SIZE)
                List<String> idNumbers) {

    public static final int MAX_SIZE = 100;
}
