package org.govexchange.legalentity.entity;

import java.util.List;
import java.util.Map;

/**
 * One page of a name search.
 *
 * @param total matches, counted up to {@link EntitySearch#COUNT_LIMIT}
 * @param totalIsLowerBound true when there are more matches than were counted
 * @param items the entities of the page, projected to the grant
 */
public record SearchPage(
        long page, long size, long total, boolean totalIsLowerBound, List<Map<String, Object>> items) {}
