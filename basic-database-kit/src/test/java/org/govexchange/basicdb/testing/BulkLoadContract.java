package org.govexchange.basicdb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.govexchange.basicdb.load.BatchLoader;
import org.govexchange.basicdb.load.LoadResult;
import org.govexchange.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every basic database's bulk loader does on the real database: loads synthetic rows (a repeat adds
 * nothing) and times the raw reference into scratch tables it drops. Each service's test names how many
 * rows to load and checks a sample of what was written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class BulkLoadContract {

    /** Far from the demo seed's indices. */
    protected static final long OFFSET = 40_000_000;

    @Autowired
    protected JdbcTemplate jdbc;

    /** The service's loader. */
    @Autowired
    private BatchLoader<?> loader;

    private final long rows;
    private final long rawRows;

    /**
     * @param rows how many rows to load
     * @param rawRows how many the raw reference inserts
     */
    protected BulkLoadContract(long rows, long rawRows) {
        this.rows = rows;
        this.rawRows = rawRows;
    }

    /** Checks what the load of rows {@code OFFSET ..} wrote, on a sample. */
    protected abstract void checkLoaded();

    @Test
    void theLoaderInsertsValidRowsAndARepeatAddsNothing() throws Exception {
        long before = count();
        List<Long> progress = new ArrayList<>();

        LoadResult result = loader.load(OFFSET, rows, total -> {
            synchronized (progress) {
                progress.add(total);
            }
        });

        assertThat(result.rows()).isEqualTo(rows);
        assertThat(result.rowsPerSecond()).isPositive();
        assertThat(count() - before).isEqualTo(rows);
        assertThat(progress).contains(rows);
        checkLoaded();

        loader.load(OFFSET, rows, total -> {});
        assertThat(count() - before).isEqualTo(rows);
    }

    @Test
    void theRawReferenceInsertsTheSameRowsIntoScratchTablesAndDropsThem() throws Exception {
        LoadResult raw = loader.rawInsert(OFFSET + 10_000, rawRows);

        assertThat(raw.rows()).isEqualTo(rawRows);
        assertThat(raw.rowsPerSecond()).isPositive();
        assertThat(loader.scratchTables()).isNotEmpty();
        assertThat(jdbc.queryForList("SHOW TABLES LIKE '%load_scratch'")).isEmpty();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + loader.table(), Long.class);
    }
}
