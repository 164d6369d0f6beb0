package org.govexchange.bench.gateway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.govexchange.bench.Stack;

/**
 * The physical limit of a lookup service on this database: the population service's own primary-key select
 * ({@code selectById}: every column of {@code person}), straight over JDBC from the bench process, at the same
 * concurrency and with the same random keys as the HTTP phases, each thread on its own connection and reading
 * every column of the row, as the service's mapper does.
 */
final class JdbcLookupPhase {

    static final String SELECT = "SELECT * FROM gx_population.person WHERE id_number = ?";

    private JdbcLookupPhase() {}

    static LoadPhase.Outcome run(Stack stack, int concurrency, Duration length, List<String> keys, LoadPhase.Live live)
            throws InterruptedException {
        Histogram[] perThread = new Histogram[concurrency];
        LongAdder errors = new LongAdder();
        AtomicReference<SQLException> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        live.startedNanos = System.nanoTime();
        long deadline = live.startedNanos + length.toNanos();
        for (int t = 0; t < concurrency; t++) {
            Histogram histogram = new Histogram(60_000_000L, 3);
            perThread[t] = histogram;
            Thread thread = new Thread(
                    () -> {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        try (Connection db = stack.connect();
                                PreparedStatement select = db.prepareStatement(SELECT)) {
                            while (System.nanoTime() - deadline < 0) {
                                long start = System.nanoTime();
                                select.setString(1, keys.get(random.nextInt(keys.size())));
                                try (ResultSet rs = select.executeQuery()) {
                                    int columns = rs.getMetaData().getColumnCount();
                                    if (rs.next()) {
                                        for (int c = 1; c <= columns; c++) {
                                            rs.getObject(c);
                                        }
                                        histogram.recordValue(
                                                Math.min(60_000_000L, (System.nanoTime() - start) / 1000));
                                        live.ok.increment();
                                        continue;
                                    }
                                }
                                errors.increment();
                                live.failed.increment();
                            }
                        } catch (SQLException e) {
                            firstError.compareAndSet(null, e);
                            errors.increment();
                        }
                    },
                    "bench-jdbc-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (firstError.get() != null) {
            throw new IllegalStateException("the JDBC baseline failed", firstError.get());
        }
        double seconds = (System.nanoTime() - live.startedNanos) / 1e9;
        Histogram total = new Histogram(60_000_000L, 3);
        for (Histogram h : perThread) {
            total.add(h);
        }
        long failed = errors.sum();
        return new LoadPhase.Outcome(
                total, failed, failed == 0 ? java.util.Map.of() : java.util.Map.of("not found", failed), seconds);
    }
}
