package org.govexchange.population.load;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bulk-load command ({@code java -jar population-db-service.jar --gx.population.load.count=1000000}).
 *
 * @param count residents to generate; above 0 the service runs as the load command instead of serving
 * @param offset index of the first generated resident: a second load with another offset adds new ones
 * @param batchSize rows per JDBC batch (one multi-row INSERT, rewriteBatchedStatements)
 * @param writers parallel inserting connections
 * @param compareRaw whether to also time a plain JDBC batch insert of the same rows into a scratch table
 * @param sourceDept department recorded as the source of generated rows
 * @param seed makes the generated attributes (names, addresses) reproducible
 */
@ConfigurationProperties("gx.population.load")
public record LoadProperties(
        Long count, Long offset, Integer batchSize, Integer writers, Boolean compareRaw, String sourceDept, Long seed) {

    public LoadProperties {
        count = count == null ? 0 : count;
        offset = offset == null ? 0 : offset;
        batchSize = batchSize == null ? 1000 : batchSize;
        writers = writers == null ? 2 : writers;
        compareRaw = compareRaw == null || compareRaw;
        sourceDept = sourceDept == null || sourceDept.isBlank() ? "11350100003501011L" : sourceDept;
        seed = seed == null ? 20_261_122L : seed;
        if (count < 0 || offset < 0 || batchSize < 1 || writers < 1) {
            throw new IllegalArgumentException(
                    "gx.population.load: count and offset >= 0, batch-size and writers >= 1");
        }
        if (offset + count > SyntheticPersons.CAPACITY) {
            throw new IllegalArgumentException("gx.population.load: offset + count above " + SyntheticPersons.CAPACITY);
        }
    }
}
