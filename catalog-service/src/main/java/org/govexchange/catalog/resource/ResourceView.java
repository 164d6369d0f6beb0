package org.govexchange.catalog.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govexchange.contracts.grant.ShareType;
import org.govexchange.contracts.schema.FieldSpec;

/**
 * A resource as the API shows it, with the fields of one schema version.
 *
 * @param version the schema version {@code fields} belong to
 * @param currentVersion the newest schema version
 */
public record ResourceView(
        String code,
        String classification,
        String name,
        String providerCode,
        ResourceCategory category,
        String summary,
        ResourceFormat format,
        List<FieldSpec> fields,
        ShareType shareType,
        String shareCondition,
        String legalBasis,
        Set<ShareMethod> shareMethods,
        OpenType openType,
        UpdateCycle updateCycle,
        LocalDate publishDate,
        List<String> relatedCodes,
        String apiPath,
        ResourceStatus status,
        int version,
        int currentVersion,
        Instant createdAt,
        Instant updatedAt) {

    public Optional<FieldSpec> field(String fieldCode) {
        return fields.stream().filter(f -> f.code().equals(fieldCode)).findFirst();
    }

    public List<String> fieldCodes() {
        return fields.stream().map(FieldSpec::code).toList();
    }
}
