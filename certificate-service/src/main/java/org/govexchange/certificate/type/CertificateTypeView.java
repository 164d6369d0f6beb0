package org.govexchange.certificate.type;

import java.time.Instant;
import java.util.List;
import org.govexchange.contracts.schema.FieldSpec;

/**
 * A certificate type as the API shows it.
 *
 * @param holderIdType GB/T 36903 holder-code type: 111 (resident ID number) or 001 (credit code)
 */
public record CertificateTypeView(
        String typeCode,
        String name,
        HolderKind holderKind,
        String holderIdType,
        List<FieldSpec> fields,
        Integer validityDays,
        List<String> issuerDepartments,
        Instant createdAt) {}
