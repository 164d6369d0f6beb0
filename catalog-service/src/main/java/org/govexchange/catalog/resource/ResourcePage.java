package org.govexchange.catalog.resource;

import java.util.List;

/** A page of search results; {@code page} counts from 1. */
public record ResourcePage(List<ResourceSummary> items, long page, long size, long total) {}
