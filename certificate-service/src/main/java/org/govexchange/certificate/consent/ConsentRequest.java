package org.govexchange.certificate.consent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A holder's consent, created by the portal that authenticated the holder (role CONSENT_ISSUER).
 *
 * @param holderId resident ID number or credit code of the holder
 * @param typeCodes the certificate types covered; give these or {@code certificateId}
 * @param certificateId the one certificate covered
 * @param consumerDept credit code of the department allowed to use them
 * @param matterCode the matter (事项) the use is for
 * @param validUntil at most 30 days ahead
 * @param maxUses how many requests the consumer may make under it
 */
public record ConsentRequest(
        @NotBlank @Size(max = 32) String holderId,
        @Size(max = 50) List<@NotBlank @Size(max = 21) String> typeCodes,
        @Size(max = 160) String certificateId,
        @NotBlank @Size(max = 18) String consumerDept,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z_.-]{1,64}") String matterCode,
        @NotNull Instant validUntil,
        @NotNull @Min(1) @Max(1000) Integer maxUses) {}
