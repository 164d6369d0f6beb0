package org.govexchange.certificate.matter;

import java.time.LocalDate;

/**
 * One required material of a matter for one holder.
 *
 * @param certificateId the certificate that satisfies it, or the unusable one found (expired, revoked…)
 */
public record MaterialAnswer(
        String typeCode,
        String typeName,
        String materialName,
        MaterialStatus status,
        String certificateId,
        LocalDate validTo) {}
