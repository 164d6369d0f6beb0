package org.govexchange.bench.exchange;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.govexchange.bench.report.Progress;
import org.govexchange.contracts.kafka.KafkaAccess;
import org.govexchange.contracts.kafka.KafkaConnection;

/**
 * The two raw rates the end-to-end exchange is compared with, measured on the same broker and database in the
 * same run: a Kafka producer (acks=all, idempotent) sending records of the exchanged rows' size to a scratch
 * topic, and a JDBC batch insert of the same rows into a scratch table shaped like the source table.
 */
final class Baselines {

    static final String SCRATCH_TOPIC = KafkaAccess.BENCH_PREFIX + "scratch";
    static final String SCRATCH_SCHEMA = "gx_bench";

    private Baselines() {}

    /** records/s of sending {@code rows} records and waiting for every acknowledgement. */
    static double rawKafka(KafkaConnection kafka, ResidentRows rows, long count, PrintStream out) throws Exception {
        Properties admin = new Properties();
        admin.putAll(kafka.clientProperties());
        try (Admin client = Admin.create(admin)) {
            try {
                client.createTopics(List.of(new NewTopic(SCRATCH_TOPIC, 1, (short) 1)))
                        .all()
                        .get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        Properties p = new Properties();
        // The same authenticated connection (SASL/SCRAM) the exchange's own clients pay for.
        p.putAll(kafka.clientProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // Pre-render the records: the baseline times the producer and broker, not string building.
        byte[][] values = new byte[(int) Math.min(count, 10_000)][];
        String[] keys = new String[values.length];
        long version = System.currentTimeMillis();
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.recordJson(i, version).getBytes(StandardCharsets.UTF_8);
            keys[i] = rows.idNumber(i);
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] sent = {0};
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p);
                Progress ignored = Progress.every(
                        Duration.ofSeconds(5),
                        out,
                        () -> String.format(Locale.ROOT, "raw Kafka: %,d / %,d sent", sent[0], count))) {
            for (long i = 0; i < count && failure.get() == null; i++) {
                int k = (int) (i % values.length);
                producer.send(new ProducerRecord<>(SCRATCH_TOPIC, keys[k], values[k]), (meta, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                sent[0] = i + 1;
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(
                    "raw Kafka send failed: " + failure.get().getMessage(), failure.get());
        }
        try (Admin client = Admin.create(admin)) {
            client.deleteTopics(List.of(SCRATCH_TOPIC)).all().get();
        } catch (ExecutionException e) {
            out.println(
                    "  (could not delete " + SCRATCH_TOPIC + ": " + e.getCause().getMessage() + ")");
        }
        return count / seconds;
    }

    /** rows/s of a JDBC batch insert of the same rows into a scratch copy of the source table. */
    static double rawJdbc(
            Connection db, ResidentRows rows, long count, int batch, List<String> columns, PrintStream out)
            throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE DATABASE IF NOT EXISTS " + SCRATCH_SCHEMA);
            ddl.execute("DROP TABLE IF EXISTS " + SCRATCH_SCHEMA + ".resident_scratch");
            ddl.execute("CREATE TABLE " + SCRATCH_SCHEMA + ".resident_scratch LIKE dept_psb.resident");
        }
        long[] done = {0};
        long start = System.nanoTime();
        try (Progress ignored = Progress.every(
                Duration.ofSeconds(5),
                out,
                () -> String.format(Locale.ROOT, "raw JDBC: %,d / %,d rows", done[0], count))) {
            insert(db, SCRATCH_SCHEMA + ".resident_scratch", rows, count, batch, columns, done);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE " + SCRATCH_SCHEMA + ".resident_scratch");
        }
        return count / seconds;
    }

    /**
     * Batch-inserts rows 0..count-1 into {@code table}, committing each batch; {@code done[0]} follows along.
     * The same code fills the provider's table and the scratch table.
     */
    static void insert(
            Connection db, String table, ResidentRows rows, long count, int batch, List<String> columns, long[] done)
            throws Exception {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (long i = 0; i < count; i++) {
                int n = 1;
                for (String column : columns) {
                    insert.setObject(n++, value(rows, column, i));
                }
                insert.addBatch();
                if ((i + 1) % batch == 0 || i == count - 1) {
                    insert.executeBatch();
                    db.commit();
                    done[0] = i + 1;
                }
            }
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    static Object value(ResidentRows rows, String column, long i) {
        return switch (column) {
            case "id_number" -> rows.idNumber(i);
            case "name" -> rows.name(i);
            case "gender" -> rows.gender(i);
            case "birth_date" -> java.sql.Date.valueOf(rows.birthDate(i));
            case "ethnicity" -> "01";
            case "residence_address" -> rows.residenceAddress(i);
            case "phone" -> rows.phone(i);
            case "status" -> "ALIVE";
            case "updated_at" -> new Timestamp(System.currentTimeMillis());
            default -> throw new IllegalArgumentException("no value for column " + column);
        };
    }
}
