package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The whole answer to a verification: whether everything matched and which of the submitted fields did
 * not. It never carries a stored value. An unknown or cancelled code reports {@code creditCode}.
 */
public record VerifyResult(
        @Schema(description = "Whether every submitted field matched.", example = "false") boolean match,
        @Schema(
                        description = "Field codes that did not match; creditCode for an unknown or cancelled code.",
                        example = "[\"legalRepresentative\"]")
                List<String> mismatched) {

    public VerifyResult {
        mismatched = List.copyOf(mismatched);
    }
}
