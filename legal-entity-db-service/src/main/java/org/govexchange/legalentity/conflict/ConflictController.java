package org.govexchange.legalentity.conflict;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govexchange.basicdb.conflict.ConflictPage;
import org.govexchange.basicdb.conflict.ConflictService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platform administrators review where sources disagree (the security configuration admits only them). */
@Tag(
        name = "conflicts",
        description = "数据冲突 Where two sources disagreed on an entity's field and which value won (platform"
                + " administrators only).")
@RestController
class ConflictController {

    private final ConflictService conflicts;

    ConflictController(ConflictService conflicts) {
        this.conflicts = conflicts;
    }

    @Operation(
            summary = "List source conflicts",
            description = "Pages through recorded disagreements between sources, newest first, optionally for one"
                    + " field. Platform administrators only. Pages past the 100,000th row are 400 PAGE_OUT_OF_RANGE.")
    @GetMapping("/api/legal-entities/conflicts")
    ConflictPage list(
            @Parameter(description = "Only conflicts on this field code.", example = "address")
                    @RequestParam(required = false)
                    String field,
            @Parameter(
                            description = "Page number, from 1.",
                            schema = @Schema(minimum = "1", defaultValue = "1", format = "int64"))
                    @RequestParam(defaultValue = "1")
                    long page,
            @Parameter(
                            description = "Page size, 1 to 100.",
                            schema = @Schema(minimum = "1", maximum = "100", defaultValue = "20", format = "int64"))
                    @RequestParam(defaultValue = "20")
                    long size) {
        return conflicts.page(field, page, size);
    }
}
