package org.govexchange.basicdb.conflict;

/**
 * A field value as one source stated it.
 *
 * @param value the value, null when the source has none
 * @param resourceCode the catalog resource it came through
 * @param sourceDept the providing department
 */
public record SourcedValue(String value, String resourceCode, String sourceDept) {}
