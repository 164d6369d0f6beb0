package org.govexchange.basicdb.load;

import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The bulk-load command: loads the planned number of synthetic rows with progress every 5 %, then times a
 * raw JDBC batch insert of the same rows and prints both rates side by side. A service that serves (load count
 * 0) has it too: it does nothing then.
 */
public class LoadCommand implements ApplicationRunner {

    private final BatchLoader<?> loader;
    private final LoadPlan plan;
    private final String rows;
    private final PrintStream out = System.out;

    /** @param rows what the rows are, for the output: {@code residents}, {@code entities} */
    public LoadCommand(BatchLoader<?> loader, LoadPlan plan, String rows) {
        this.loader = loader;
        this.plan = plan;
        this.rows = rows;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long count = plan.count();
        long offset = plan.offset();
        if (count <= 0) {
            return;
        }
        out.printf(
                Locale.ROOT,
                "Loading %,d synthetic %s (indices %,d..%,d) with %d writer(s), batches of %d%n",
                count,
                rows,
                offset,
                offset + count - 1,
                plan.writers(),
                plan.batchSize());
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
        if (plan.compareRaw()) {
            out.printf(
                    Locale.ROOT,
                    "Raw JDBC batch insert of the same rows into %s ...%n",
                    String.join(", ", loader.scratchTables()));
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
