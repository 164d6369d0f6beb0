package org.govexchange.basicdb.load;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * The bulk-load command's settings ({@code java -jar <service>.jar --gx.<database>.load.count=1000000}). Each
 * service binds them under its own prefix with {@link #bind}.
 *
 * @param count rows to generate; above 0 the service runs as the load command instead of serving
 * @param offset index of the first generated row: a second load with another offset adds new ones
 * @param batchSize rows per JDBC batch (one multi-row INSERT per table, rewriteBatchedStatements)
 * @param writers parallel inserting connections
 * @param compareRaw whether to also time a plain JDBC batch insert of the same rows into scratch tables
 * @param sourceDept department recorded as the source of generated rows
 * @param seed makes the generated attributes (names, addresses) reproducible
 */
public record LoadProperties(
        Long count, Long offset, Integer batchSize, Integer writers, Boolean compareRaw, String sourceDept, Long seed) {

    public LoadProperties {
        count = count == null ? 0 : count;
        offset = offset == null ? 0 : offset;
        writers = writers == null ? 2 : writers;
        compareRaw = compareRaw == null || compareRaw;
        sourceDept = sourceDept == null || sourceDept.isBlank() ? null : sourceDept;
        seed = seed == null ? 20_261_122L : seed;
    }

    /**
     * What differs between the databases' loads.
     *
     * @param batchSize rows per batch when none is configured
     * @param sourceDept the source department when none is configured
     * @param capacity how many distinct rows the generator has
     */
    public record Defaults(int batchSize, String sourceDept, long capacity) {}

    /**
     * Binds {@code prefix} the way {@code @ConfigurationProperties(prefix)} would (relaxed names, defaults when
     * absent) and refuses what the generator cannot do, so a wrong command stops at startup.
     */
    public static LoadProperties bind(Binder binder, String prefix, Defaults defaults) {
        LoadProperties bound = binder.bindOrCreate(prefix, LoadProperties.class);
        var load = new LoadProperties(
                bound.count(),
                bound.offset(),
                bound.batchSize() == null ? defaults.batchSize() : bound.batchSize(),
                bound.writers(),
                bound.compareRaw(),
                bound.sourceDept() == null ? defaults.sourceDept() : bound.sourceDept(),
                bound.seed());
        if (load.count() < 0 || load.offset() < 0 || load.batchSize() < 1 || load.writers() < 1) {
            throw new IllegalArgumentException(prefix + ": count and offset >= 0, batch-size and writers >= 1");
        }
        if (load.offset() + load.count() > defaults.capacity()) {
            throw new IllegalArgumentException(prefix + ": offset + count above " + defaults.capacity());
        }
        return load;
    }

    LoadPlan plan() {
        return new LoadPlan(count, offset, batchSize, writers, compareRaw);
    }
}
