package org.govexchange.legalentity.load;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bulk-load command ({@code java -jar legal-entity-db-service.jar --gx.legal-entity.load.count=1000000}).
 *
 * @param count entities to generate; above 0 the service runs as the load command instead of serving
 * @param offset index of the first generated entity: a second load with another offset adds new ones
 * @param batchSize entities per JDBC batch (one multi-row INSERT each for entities and shingles)
 * @param writers parallel inserting connections
 * @param compareRaw whether to also time a plain JDBC batch insert of the same rows into scratch tables
 * @param sourceDept department recorded as the source of generated rows
 * @param seed makes the generated attributes (names, representatives) reproducible
 */
@ConfigurationProperties("gx.legal-entity.load")
public record LoadProperties(
        Long count, Long offset, Integer batchSize, Integer writers, Boolean compareRaw, String sourceDept, Long seed) {

    public LoadProperties {
        count = count == null ? 0 : count;
        offset = offset == null ? 0 : offset;
        batchSize = batchSize == null ? 500 : batchSize;
        writers = writers == null ? 2 : writers;
        compareRaw = compareRaw == null || compareRaw;
        sourceDept = sourceDept == null || sourceDept.isBlank() ? "1135010000350102XC" : sourceDept;
        seed = seed == null ? 20_261_122L : seed;
        if (count < 0 || offset < 0 || batchSize < 1 || writers < 1) {
            throw new IllegalArgumentException(
                    "gx.legal-entity.load: count and offset >= 0, batch-size and writers >= 1");
        }
        if (offset + count > SyntheticEntities.CAPACITY) {
            throw new IllegalArgumentException(
                    "gx.legal-entity.load: offset + count above " + SyntheticEntities.CAPACITY);
        }
    }
}
