package org.govexchange.catalog.resource;

/** Lifecycle: DRAFT → PUBLISHED → RETIRED. */
public enum ResourceStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
