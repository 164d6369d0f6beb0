package org.govexchange.legalentity.entity;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Up to 100 credit codes; a malformed one is reported in the answer, it does not fail the request. */
public record EntityBatchRequest(@NotEmpty @Size(max = EntityBatchRequest.MAX_SIZE) List<String> creditCodes) {

    public static final int MAX_SIZE = 100;
}
