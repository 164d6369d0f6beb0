package org.govexchange.catalog.resource;

import java.time.LocalDate;
import java.util.Set;
import org.govexchange.contracts.grant.ShareType;

/** One hit of a catalog search. */
public record ResourceSummary(
        String code,
        String name,
        String providerCode,
        ResourceCategory category,
        String summary,
        ResourceFormat format,
        ShareType shareType,
        Set<ShareMethod> shareMethods,
        UpdateCycle updateCycle,
        LocalDate publishDate,
        String apiPath,
        ResourceStatus status,
        int currentVersion) {}
