package org.govexchange.certificate.matter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Configures a matter (事项) with the certificate types it requires. */
public record MatterRequest(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z_.-]{1,64}") String matterCode,
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull MaterialSpec> materials) {}
