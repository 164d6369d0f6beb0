package org.govexchange.legalentity.load;

import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The bulk-load command: loads {@code gx.legal-entity.load.count} synthetic entities with progress every
 * 5 %, then times a raw JDBC batch insert of the same rows and prints both rates side by side.
 */
@Component
@ConditionalOnExpression("${gx.legal-entity.load.count:0} > 0")
class LoadCommand implements ApplicationRunner {

    private final BulkLoader loader;
    private final LoadProperties properties;
    private final PrintStream out = System.out;

    LoadCommand(BulkLoader loader, LoadProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long count = properties.count();
        long offset = properties.offset();
        out.printf(
                Locale.ROOT,
                "Loading %,d synthetic entities (indices %,d..%,d) with %d writer(s), batches of %d%n",
                count,
                offset,
                offset + count - 1,
                properties.writers(),
                properties.batchSize());
        long step = Math.max(1, count / 20);
        long started = System.nanoTime();
        Object lock = new Object();
        long[] nextReport = {step};
        LoadResult loaded = loader.load(offset, count, total -> {
            synchronized (lock) {
                if (total >= nextReport[0] || total == count) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    out.printf(
                            Locale.ROOT,
                            "  %,d / %,d (%d %%)  %,.0f rows/s%n",
                            total,
                            count,
                            total * 100 / count,
                            total / Math.max(seconds, 1e-9));
                    while (nextReport[0] <= total) {
                        nextReport[0] += step;
                    }
                }
            }
        });
        out.printf(
                Locale.ROOT,
                "Loader:   %,d rows in %.1f s = %,.0f rows/s%n",
                loaded.rows(),
                loaded.elapsed().toMillis() / 1000.0,
                loaded.rowsPerSecond());
        if (properties.compareRaw()) {
            out.printf(
                    Locale.ROOT,
                    "Raw JDBC batch insert of the same rows and shingles into %s, %s ...%n",
                    BulkLoader.SCRATCH_TABLE,
                    BulkLoader.SCRATCH_GRAM_TABLE);
            LoadResult raw = loader.rawInsert(offset, count);
            out.printf(
                    Locale.ROOT,
                    "Raw JDBC: %,d rows in %.1f s = %,.0f rows/s (insert calls only)%n",
                    raw.rows(),
                    raw.elapsed().toMillis() / 1000.0,
                    raw.rowsPerSecond());
            out.printf(
                    Locale.ROOT, "Loader / raw = %.2f (goal >= 0.50)%n", loaded.rowsPerSecond() / raw.rowsPerSecond());
        }
    }
}
