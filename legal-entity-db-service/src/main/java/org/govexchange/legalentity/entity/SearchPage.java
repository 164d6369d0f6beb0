package org.govexchange.legalentity.entity;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(description = "This page's number, from 1.", example = "1") long page,
        @Schema(description = "The page size asked for.", example = "20") long size,
        @Schema(description = "Matches, counted up to 10,000.", example = "1") long total,
        @Schema(description = "True when there are more matches than were counted.", example = "false")
                boolean totalIsLowerBound,
        @ArraySchema(
                        schema = @Schema(implementation = GrantedEntity.class),
                        arraySchema = @Schema(description = "The entities of the page, projected to the grant."))
                List<Map<String, Object>> items) {}
