package org.govexchange.legalentity.load;

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
import org.govexchange.legalentity.entity.NameGrams;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Loads synthetic entities straight through JDBC batches: one thread generates rows while {@code writers}
 * connections insert them, each batch one multi-row INSERT for the entities and one for their name
 * shingles (rewriteBatchedStatements), one commit. No ORM per row, no per-field provenance: loaded rows
 * belong to their source_dept until a real source delivers the field.
 */
@Component
@EnableConfigurationProperties({LoadProperties.class, DemoProperties.class})
public class BulkLoader {

    static final String COLUMNS =
            "credit_code, name, entity_type, legal_representative, legal_representative_id_number,"
                    + " registered_capital, currency, established_on, status, business_scope, address,"
                    + " registration_authority, industry_code, version, source_dept, updated_at";
    static final String VALUES = " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SCRATCH_TABLE = "legal_entity_load_scratch";
    static final String SCRATCH_GRAM_TABLE = "legal_entity_name_gram_load_scratch";

    private static final List<SyntheticEntities.Row> END = List.of();

    private final DataSource dataSource;
    private final LoadProperties properties;
    private final SyntheticEntities generator;

    public BulkLoader(DataSource dataSource, LoadProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.generator = new SyntheticEntities(properties.seed());
    }

    /**
     * Inserts entities {@code offset .. offset+count-1} with their name shingles; ones already there are
     * kept (INSERT IGNORE), so a repeated load adds nothing. {@code progress} hears the running total.
     */
    public LoadResult load(long offset, long count, LongConsumer progress) throws SQLException, InterruptedException {
        String insertEntity = "INSERT IGNORE INTO legal_entity (" + COLUMNS + ")" + VALUES;
        String insertGram = "INSERT IGNORE INTO legal_entity_name_gram (gram, credit_code) VALUES (?, ?)";
        int writers = properties.writers();
        BlockingQueue<List<SyntheticEntities.Row>> queue = new ArrayBlockingQueue<>(writers * 4);
        AtomicLong written = new AtomicLong();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1, runnable -> {
            var thread = new Thread(runnable, "legal-entity-bulk-load");
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
                            PreparedStatement entities = connection.prepareStatement(insertEntity);
                            PreparedStatement grams = connection.prepareStatement(insertGram)) {
                        connection.setAutoCommit(false);
                        for (List<SyntheticEntities.Row> batch = queue.take(); batch != END; batch = queue.take()) {
                            insertBatch(connection, entities, grams, batch, now);
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
     * The reference: the same rows and shingles, inserted by a plain single-connection JDBC batch into empty
     * copies of the two tables, timing only the JDBC calls (generation excluded). Drops the copies afterwards.
     */
    public LoadResult rawInsert(long offset, long count) throws SQLException {
        String insertEntity = "INSERT INTO " + SCRATCH_TABLE + " (" + COLUMNS + ")" + VALUES;
        String insertGram = "INSERT INTO " + SCRATCH_GRAM_TABLE + " (gram, credit_code) VALUES (?, ?)";
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long insertNanos = 0;
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + SCRATCH_TABLE + ", " + SCRATCH_GRAM_TABLE);
            ddl.execute("CREATE TABLE " + SCRATCH_TABLE + " LIKE legal_entity");
            ddl.execute("CREATE TABLE " + SCRATCH_GRAM_TABLE + " LIKE legal_entity_name_gram");
            try (PreparedStatement entities = connection.prepareStatement(insertEntity);
                    PreparedStatement grams = connection.prepareStatement(insertGram)) {
                connection.setAutoCommit(false);
                for (long next = offset; next < offset + count; ) {
                    int size = (int) Math.min(properties.batchSize(), offset + count - next);
                    List<SyntheticEntities.Row> batch = generate(next, size);
                    long started = System.nanoTime();
                    insertBatch(connection, entities, grams, batch, now);
                    insertNanos += System.nanoTime() - started;
                    next += size;
                }
            } finally {
                connection.setAutoCommit(true);
                ddl.execute("DROP TABLE IF EXISTS " + SCRATCH_TABLE + ", " + SCRATCH_GRAM_TABLE);
            }
        }
        return new LoadResult(count, Duration.ofNanos(insertNanos));
    }

    private List<SyntheticEntities.Row> generate(long first, int size) {
        List<SyntheticEntities.Row> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(generator.row(first + i));
        }
        return rows;
    }

    private void insertBatch(
            Connection connection,
            PreparedStatement entities,
            PreparedStatement grams,
            List<SyntheticEntities.Row> batch,
            LocalDateTime now)
            throws SQLException {
        for (SyntheticEntities.Row row : batch) {
            entities.setString(1, row.creditCode());
            entities.setString(2, row.name());
            entities.setString(3, row.type());
            entities.setString(4, row.legalRepresentative());
            entities.setString(5, row.legalRepresentativeIdNumber());
            entities.setBigDecimal(6, row.registeredCapital());
            entities.setString(7, row.currency());
            entities.setDate(8, Date.valueOf(row.establishedOn()));
            entities.setString(9, row.status());
            entities.setString(10, row.businessScope());
            entities.setString(11, row.address());
            entities.setString(12, row.registrationAuthority());
            entities.setString(13, row.industryCode());
            entities.setLong(14, 1L);
            entities.setString(15, properties.sourceDept());
            // As MyBatis writes LocalDateTime: the wall-clock value, UTC, no zone conversion.
            entities.setObject(16, now);
            entities.addBatch();
            for (String gram : NameGrams.of(row.name())) {
                grams.setString(1, gram);
                grams.setString(2, row.creditCode());
                grams.addBatch();
            }
        }
        entities.executeBatch();
        grams.executeBatch();
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
