package org.govexchange.population.load;

import java.sql.Connection;
import java.sql.Date;
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
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Loads synthetic residents straight through JDBC batches: one thread generates rows while
 * {@code writers} connections insert them, each batch one multi-row INSERT (rewriteBatchedStatements) and
 * one commit. No ORM per row, no per-field provenance: loaded rows belong to their source_dept until a
 * real source delivers the field.
 */
@Component
@EnableConfigurationProperties({LoadProperties.class, DemoProperties.class})
public class BulkLoader {

    static final String COLUMNS = "id_number, name, gender, birth_date, ethnicity, native_place, household_address,"
            + " residence_address, phone, household_type, status, version, source_dept, updated_at";
    static final String SCRATCH_TABLE = "person_load_scratch";

    private static final List<SyntheticPersons.Row> END = List.of();

    private final DataSource dataSource;
    private final LoadProperties properties;
    private final SyntheticPersons generator;

    public BulkLoader(DataSource dataSource, LoadProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.generator = new SyntheticPersons(properties.seed());
    }

    /**
     * Inserts residents {@code offset .. offset+count-1} into {@code person}; ones already there are kept
     * (INSERT IGNORE), so a repeated load adds nothing. {@code progress} hears the running total.
     */
    public LoadResult load(long offset, long count, LongConsumer progress) throws SQLException, InterruptedException {
        String sql = "INSERT IGNORE INTO person (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        int writers = properties.writers();
        BlockingQueue<List<SyntheticPersons.Row>> queue = new ArrayBlockingQueue<>(writers * 4);
        AtomicLong written = new AtomicLong();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1, runnable -> {
            var thread = new Thread(runnable, "population-bulk-load");
            thread.setDaemon(true);
            return thread;
        });
        var tasks = new ExecutorCompletionService<Void>(pool);
        long started = System.nanoTime();
        try {
            tasks.submit(() -> {
                for (long next = offset; next < offset + count; ) {
                    int size = (int) Math.min(properties.batchSize(), offset + count - next);
                    queue.put(generate(next, size));
                    next += size;
                }
                for (int i = 0; i < writers; i++) {
                    queue.put(END);
                }
                return null;
            });
            for (int i = 0; i < writers; i++) {
                tasks.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                            PreparedStatement insert = connection.prepareStatement(sql)) {
                        connection.setAutoCommit(false);
                        for (List<SyntheticPersons.Row> batch = queue.take(); batch != END; batch = queue.take()) {
                            insertBatch(connection, insert, batch, now);
                            progress.accept(written.addAndGet(batch.size()));
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
     * The reference: the same rows, inserted by a plain single-connection JDBC batch into an empty copy of
     * {@code person}, timing only the JDBC calls (generation excluded). Drops the copy afterwards.
     */
    public LoadResult rawInsert(long offset, long count) throws SQLException {
        String sql =
                "INSERT INTO " + SCRATCH_TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long insertNanos = 0;
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + SCRATCH_TABLE);
            ddl.execute("CREATE TABLE " + SCRATCH_TABLE + " LIKE person");
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                connection.setAutoCommit(false);
                for (long next = offset; next < offset + count; ) {
                    int size = (int) Math.min(properties.batchSize(), offset + count - next);
                    List<SyntheticPersons.Row> batch = generate(next, size);
                    long started = System.nanoTime();
                    insertBatch(connection, insert, batch, now);
                    insertNanos += System.nanoTime() - started;
                    next += size;
                }
            } finally {
                connection.setAutoCommit(true);
                ddl.execute("DROP TABLE IF EXISTS " + SCRATCH_TABLE);
            }
        }
        return new LoadResult(count, Duration.ofNanos(insertNanos));
    }

    private List<SyntheticPersons.Row> generate(long first, int size) {
        List<SyntheticPersons.Row> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(generator.row(first + i));
        }
        return rows;
    }

    private void insertBatch(
            Connection connection, PreparedStatement insert, List<SyntheticPersons.Row> batch, LocalDateTime now)
            throws SQLException {
        for (SyntheticPersons.Row row : batch) {
            insert.setString(1, row.idNumber());
            insert.setString(2, row.name());
            insert.setString(3, row.gender());
            insert.setDate(4, Date.valueOf(row.birthDate()));
            insert.setString(5, row.ethnicity());
            insert.setString(6, row.nativePlace());
            insert.setString(7, row.householdAddress());
            insert.setString(8, row.residenceAddress());
            insert.setString(9, row.phone());
            insert.setString(10, row.householdType());
            insert.setString(11, row.status());
            insert.setLong(12, 1L);
            insert.setString(13, properties.sourceDept());
            // As MyBatis writes LocalDateTime: the wall-clock value, UTC, no zone conversion.
            insert.setObject(14, now);
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
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
