package org.govexchange.catalog.resource;

import org.govexchange.contracts.grant.ShareType;

/**
 * Search criteria; every member is optional.
 *
 * @param q keyword matched against name and summary
 * @param provider provider department code
 */
public record ResourceSearch(
        String q,
        String provider,
        ResourceCategory category,
        ShareType shareType,
        ResourceStatus status,
        Long page,
        Long size) {}
