package org.govexchange.catalog.resource;

/** How the resource is held: a table, files, or an existing API. */
public enum ResourceFormat {
    TABLE,
    FILE,
    API
}
