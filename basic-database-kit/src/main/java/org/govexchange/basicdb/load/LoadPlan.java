package org.govexchange.basicdb.load;

/**
 * What the bulk-load command was asked to do (each service binds its own {@code gx.<database>.load}).
 *
 * @param count rows to generate
 * @param offset index of the first generated row
 * @param batchSize rows per JDBC batch
 * @param writers parallel inserting connections
 * @param compareRaw whether to also time a plain JDBC batch insert of the same rows into scratch tables
 */
public record LoadPlan(long count, long offset, int batchSize, int writers, boolean compareRaw) {}
