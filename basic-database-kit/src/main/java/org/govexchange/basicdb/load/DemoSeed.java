package org.govexchange.basicdb.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gives the local stack records to look up: seeds synthetic rows into an empty database. */
public class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final BatchLoader<?> loader;
    private final JdbcTemplate jdbc;
    private final long seed;
    private final String database;
    private final String rows;
    private final String demoRecord;

    /**
     * @param seed rows to seed; 0 (or less) seeds nothing
     * @param database names the database in the log, e.g. {@code population}
     * @param rows what the rows are, for the log: {@code residents}, {@code entities}
     * @param demoRecord the well-known record that is always among them, for the log
     */
    public DemoSeed(
            BatchLoader<?> loader, JdbcTemplate jdbc, long seed, String database, String rows, String demoRecord) {
        this.loader = loader;
        this.jdbc = jdbc;
        this.seed = seed;
        this.database = database;
        this.rows = rows;
        this.demoRecord = demoRecord;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (seed <= 0) {
            return;
        }
        if (!jdbc.queryForList("SELECT 1 FROM " + loader.table() + " LIMIT 1").isEmpty()) {
            log.info("{} database not empty: no demo seed", database);
            return;
        }
        LoadResult result = loader.load(0, seed, total -> {});
        log.info(
                "seeded {} demo {} (including {}) at {} rows/s",
                result.rows(),
                rows,
                demoRecord,
                Math.round(result.rowsPerSecond()));
    }
}
