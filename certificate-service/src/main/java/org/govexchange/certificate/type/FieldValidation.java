package org.govexchange.certificate.type;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The value rule of a field.
 *
 * @param pattern the regular expression (whole value), for REGEX
 * @param values the allowed codes, for CODE_TABLE
 */
public record FieldValidation(
        @NotNull ValidationKind kind,
        @Size(max = 500) String pattern,
        @Size(max = 500) List<@NotNull @Size(max = 128) String> values) {}
