package org.govexchange.basicdb.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javax.sql.DataSource;

/**
 * Loads generated rows straight through JDBC batches: one thread generates rows while {@code writers}
 * connections insert them, each batch one multi-row INSERT per table (rewriteBatchedStatements) and one
 * commit. No ORM per row, no per-field provenance: loaded rows belong to their source_dept until a real
 * source delivers the field.
 */
public final class BatchLoader<T> {

    private final DataSource dataSource;
    private final LongFunction<T> generator;
    private final List<TableInsert<T>> inserts;
    private final int batchSize;
    private final int writers;
    private final String threadName;
    private final List<T> end = List.of();

    /**
     * @param generator the row of a given index: the same index, the same row
     * @param inserts the tables each row goes into, the main one first
     */
    public BatchLoader(
            DataSource dataSource,
            LongFunction<T> generator,
            List<TableInsert<T>> inserts,
            int batchSize,
            int writers,
            String threadName) {
        this.dataSource = dataSource;
        this.generator = generator;
        this.inserts = List.copyOf(inserts);
        this.batchSize = batchSize;
        this.writers = writers;
        this.threadName = threadName;
    }

    /** Where the raw reference copies {@code table}. */
    public static String scratch(String table) {
        return table + "_load_scratch";
    }

    /** The main table. */
    public String table() {
        return inserts.get(0).table();
    }

    /** The tables the raw reference writes, in order. */
    public List<String> scratchTables() {
        return inserts.stream().map(i -> scratch(i.table())).toList();
    }

    /**
     * Inserts rows {@code offset .. offset+count-1}; ones already there are kept (INSERT IGNORE), so a
     * repeated load adds nothing. {@code progress} hears the running total.
     */
    public LoadResult load(long offset, long count, LongConsumer progress) throws SQLException, InterruptedException {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(writers * 4);
        AtomicLong written = new AtomicLong();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1, runnable -> {
            var thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        var tasks = new ExecutorCompletionService<Void>(pool);
        long started = System.nanoTime();
        try {
            tasks.submit(() -> {
                for (long next = offset; next < offset + count; ) {
                    int size = (int) Math.min(batchSize, offset + count - next);
                    queue.put(generate(next, size));
                    next += size;
                }
                for (int i = 0; i < writers; i++) {
                    queue.put(end);
                }
                return null;
            });
            for (int i = 0; i < writers; i++) {
                tasks.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        List<PreparedStatement> statements = prepare(connection, "INSERT IGNORE", false);
                        try {
                            connection.setAutoCommit(false);
                            for (List<T> batch = queue.take(); batch != end; batch = queue.take()) {
                                insertBatch(connection, statements, batch, now);
                                progress.accept(written.addAndGet(batch.size()));
                            }
                        } finally {
                            close(statements);
                        }
                    }
                    return null;
                });
            }
            // Whichever task fails first ends the load: the others would wait on the queue forever.
            for (int i = 0; i < writers + 1; i++) {
                await(tasks.take());
            }
        } finally {
            pool.shutdownNow();
        }
        return new LoadResult(written.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The reference: the same rows, inserted by a plain single-connection JDBC batch into empty copies of
     * the tables, timing only the JDBC calls (generation excluded). Drops the copies afterwards.
     */
    public LoadResult rawInsert(long offset, long count) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String dropScratch = "DROP TABLE IF EXISTS " + String.join(", ", scratchTables());
        long insertNanos = 0;
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute(dropScratch);
            for (TableInsert<T> insert : inserts) {
                ddl.execute("CREATE TABLE " + scratch(insert.table()) + " LIKE " + insert.table());
            }
            List<PreparedStatement> statements = prepare(connection, "INSERT", true);
            try {
                connection.setAutoCommit(false);
                for (long next = offset; next < offset + count; ) {
                    int size = (int) Math.min(batchSize, offset + count - next);
                    List<T> batch = generate(next, size);
                    long started = System.nanoTime();
                    insertBatch(connection, statements, batch, now);
                    insertNanos += System.nanoTime() - started;
                    next += size;
                }
            } finally {
                try {
                    close(statements);
                } finally {
                    connection.setAutoCommit(true);
                    ddl.execute(dropScratch);
                }
            }
        }
        return new LoadResult(count, Duration.ofNanos(insertNanos));
    }

    private List<PreparedStatement> prepare(Connection connection, String verb, boolean toScratch) throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>(inserts.size());
        try {
            for (TableInsert<T> insert : inserts) {
                String target = toScratch ? scratch(insert.table()) : insert.table();
                statements.add(connection.prepareStatement(insert.sql(verb, target)));
            }
        } catch (SQLException e) {
            close(statements);
            throw e;
        }
        return statements;
    }

    private List<T> generate(long first, int size) {
        List<T> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(generator.apply(first + i));
        }
        return rows;
    }

    private void insertBatch(
            Connection connection, List<PreparedStatement> statements, List<T> batch, LocalDateTime now)
            throws SQLException {
        for (T row : batch) {
            for (int i = 0; i < statements.size(); i++) {
                inserts.get(i).binder().add(statements.get(i), row, now);
            }
        }
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
    }

    private static void close(List<PreparedStatement> statements) throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : statements) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void await(Future<?> task) throws SQLException, InterruptedException {
        try {
            task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("bulk load failed", e.getCause());
        }
    }
}
