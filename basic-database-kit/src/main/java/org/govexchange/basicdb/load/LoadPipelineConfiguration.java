package org.govexchange.basicdb.load;

import java.util.List;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The synthetic loading beans, the same for every basic database: {@code gx.<database>.load}, the batch
 * loader, the bulk-load command and the demo seed ({@code gx.<database>.demo.seed}). A service's
 * {@code @Configuration} extends this and declares what differs: how a row is generated and which tables
 * it is inserted into.
 *
 * @param <T> a generated row
 */
public abstract class LoadPipelineConfiguration<T> {

    private final String database;
    private final String rows;
    private final String demoRecord;
    private final LoadProperties.Defaults defaults;

    /**
     * @param database names the database in properties, threads and logs, e.g. {@code population}
     * @param rows what the rows are, for the output: {@code residents}, {@code entities}
     * @param demoRecord the well-known record the demo seed always includes
     */
    protected LoadPipelineConfiguration(
            String database, String rows, String demoRecord, LoadProperties.Defaults defaults) {
        this.database = database;
        this.rows = rows;
        this.demoRecord = demoRecord;
        this.defaults = defaults;
    }

    /** The generator of rows by index, reproducible from {@code seed}. */
    protected abstract LongFunction<T> generator(long seed);

    /** The tables a row is inserted into, the main one first; generated rows belong to {@code sourceDept}. */
    protected abstract List<TableInsert<T>> inserts(String sourceDept);

    /** {@code gx.<database>.load}; see {@link LoadProperties}. */
    @Bean
    public LoadProperties loadProperties(Environment environment) {
        return LoadProperties.bind(Binder.get(environment), "gx." + database + ".load", defaults);
    }

    /** One thread generates rows while {@code writers} connections insert them (INSERT IGNORE). */
    @Bean
    public BatchLoader<T> batchLoader(DataSource dataSource, LoadProperties load) {
        return new BatchLoader<>(
                dataSource,
                generator(load.seed()),
                inserts(load.sourceDept()),
                load.batchSize(),
                load.writers(),
                database + "-bulk-load");
    }

    /**
     * The bulk-load command: loads {@code gx.<database>.load.count} synthetic rows with progress every 5 %, then
     * times a raw JDBC batch insert of the same rows and prints both rates side by side; nothing without a count.
     */
    @Bean
    public LoadCommand loadCommand(BatchLoader<T> loader, LoadProperties load) {
        return new LoadCommand(loader, load.plan(), rows);
    }

    /** Gives the local stack records to look up: seeds {@code gx.<database>.demo.seed} into an empty database. */
    @Bean
    public DemoSeed demoSeed(BatchLoader<T> loader, LoadProperties load, Environment environment, JdbcTemplate jdbc) {
        // The load command fills the database itself.
        long seed = load.count() > 0
                ? 0
                : Binder.get(environment)
                        .bind("gx." + database + ".demo.seed", Long.class)
                        .orElse(0L);
        return new DemoSeed(loader, jdbc, seed, database, rows, demoRecord);
    }
}
