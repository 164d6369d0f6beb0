package org.govexchange.basicdb.conflict;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Platform administrators review where sources disagree (the security configuration admits only them), at
 * {@code <root>/conflicts}. Each service's controller extends this under its own root
 * ({@code @RequestMapping}) and tag, and names one of its field codes as the documented example (annotation
 * values cannot come from a subclass, so the example is set on the API document's parameter here).
 */
public abstract class ConflictEndpoint implements ParameterCustomizer {

    private final ConflictService conflicts;
    private final String fieldExample;

    protected ConflictEndpoint(ConflictService conflicts, String fieldExample) {
        this.conflicts = conflicts;
        this.fieldExample = fieldExample;
    }

    @Operation(
            summary = "List source conflicts",
            description = "Pages through recorded disagreements between sources, newest first, optionally for one"
                    + " field. Platform administrators only. Pages past the 100,000th row are 400 PAGE_OUT_OF_RANGE.")
    @GetMapping("/conflicts")
    public ConflictPage list(
            @Parameter(description = "Only conflicts on this field code.") @RequestParam(required = false) String field,
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

    @Override
    public io.swagger.v3.oas.models.parameters.Parameter customize(
            io.swagger.v3.oas.models.parameters.Parameter parameter, MethodParameter methodParameter) {
        if (parameter != null
                && methodParameter.getDeclaringClass() == ConflictEndpoint.class
                && "field".equals(parameter.getName())) {
            parameter.setExample(fieldExample);
        }
        return parameter;
    }
}
