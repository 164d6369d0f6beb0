package org.govexchange.bench.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.govexchange.bench.Options;
import org.govexchange.bench.Ratio;
import org.govexchange.bench.Stack;
import org.govexchange.bench.report.BarChart;
import org.govexchange.bench.report.Machine;
import org.govexchange.bench.report.RunReport;
import org.govexchange.contracts.kafka.KafkaConnection;
import org.govexchange.contracts.kafka.PlatformPrincipal;

/**
 * exchange-throughput: inserts N rows into the provider's {@code dept_psb.resident} in JDBC batches and times
 * until all N are in the subscriber's {@code dept_hrss.shared_resident} (node-psb extracts, the hub fans out,
 * node-hrss applies), then compares the contents (count and a CRC32 sum over id_number, birth_date and
 * residence_address; names must arrive masked). In the same run: the raw Kafka producer rate and the raw JDBC
 * batch-insert rate, and the end-to-end rate as a ratio to the smaller of the two.
 */
public final class ExchangeThroughputBench {

    public static final double GOAL = 0.50;
    static final String SOURCE = "dept_psb.resident";
    static final String TARGET = "dept_hrss.shared_resident";
    static final List<String> WANTED_COLUMNS = List.of(
            "id_number",
            "name",
            "gender",
            "birth_date",
            "ethnicity",
            "residence_address",
            "phone",
            "status",
            "updated_at");

    public record Settings(
            long rows,
            int batch,
            Duration stall,
            long rawRows,
            String bootstrap,
            String kafkaSecrets,
            boolean skipRaw,
            String providerNode,
            String subscriberNode) {

        /** The benchmark's own principal (gx-bench), whose secret the local launcher keeps. */
        KafkaConnection benchConnection() throws IOException {
            Properties secrets = new Properties();
            try (var in = Files.newBufferedReader(Path.of(kafkaSecrets))) {
                secrets.load(in);
            }
            String user = PlatformPrincipal.BENCH.username();
            String password = secrets.getProperty(user);
            if (password == null) {
                throw new IllegalStateException("no secret of " + user + " in " + kafkaSecrets + " (--kafka-secrets)");
            }
            return KafkaConnection.scram(bootstrap, user, password);
        }

        /** Baselines of fewer records mostly time the producer's and connection's start. */
        static final long MIN_RAW_ROWS = 50_000;

        public static Settings from(Options o) {
            long rows = o.count("rows", 100_000);
            Settings s = new Settings(
                    rows,
                    o.integer("batch", 1000),
                    o.seconds("stall-seconds", 60),
                    o.count("raw-rows", Math.max(rows, MIN_RAW_ROWS)),
                    o.string("bootstrap", "127.0.0.1:9092"),
                    o.string("kafka-secrets", ".gx-local/kafka/principals.properties"),
                    o.flag("skip-raw"),
                    o.string("provider-node", "http://127.0.0.1:8090"),
                    o.string("subscriber-node", "http://127.0.0.1:8091"));
            if (s.rows < 1 || s.batch < 1 || s.rawRows < 1 || s.rows > ResidentRows.capacity()) {
                throw new IllegalArgumentException("--rows, --raw-rows and --batch must be at least 1 (rows at most "
                        + ResidentRows.capacity() + ")");
            }
            return s;
        }
    }

    /** What one run measured; {@code arrived < rows} means the exchange stalled. */
    public record Result(
            long rows,
            String division,
            double insertSeconds,
            double endToEndSeconds,
            long arrived,
            boolean contentsMatch,
            long plainNames,
            double rawKafkaPerSecond,
            double rawJdbcPerSecond,
            String failure) {

        public double endToEndPerSecond() {
            return endToEndSeconds > 0 ? arrived / endToEndSeconds : 0;
        }

        public double smallerRaw() {
            return Math.min(rawKafkaPerSecond, rawJdbcPerSecond);
        }

        public boolean complete() {
            return failure == null;
        }
    }

    private ExchangeThroughputBench() {}

    public static int run(Options options, PrintStream out) throws Exception {
        Stack stack = Stack.from(options);
        Settings settings = Settings.from(options);
        options.rejectUnknown();
        Instant started = Instant.now();
        Result result = measure(stack, settings, out);
        RunReport report = new RunReport("exchange-throughput", started, Machine.describe()).parameters(options.used());
        describe(result, report, out);
        report.finish(stack.results(), out);
        return result.complete() ? 0 : 1;
    }

    public static void describe(Result r, RunReport report, PrintStream out) {
        report.figure("rows", r.rows());
        report.figure("division", r.division());
        report.figure("insertSeconds", r.insertSeconds());
        report.figure("endToEndSeconds", r.endToEndSeconds());
        report.figure("arrived", r.arrived());
        report.figure("endToEndRecordsPerSecond", r.endToEndPerSecond());
        report.figure("contentsMatch", r.contentsMatch());
        report.figure("plainNamesAtSubscriber", r.plainNames());
        report.figure("rawKafkaRecordsPerSecond", r.rawKafkaPerSecond());
        report.figure("rawJdbcRowsPerSecond", r.rawJdbcPerSecond());
        report.figure("failure", r.failure());
        out.println();
        out.printf(Locale.ROOT, "rows                       %,d (division %s)%n", r.rows(), r.division());
        out.printf(Locale.ROOT, "source insert              %.1f s%n", r.insertSeconds());
        out.printf(
                Locale.ROOT,
                "end to end                 %,d arrived in %.1f s = %,.0f records/s%s%n",
                r.arrived(),
                r.endToEndSeconds(),
                r.endToEndPerSecond(),
                r.complete() ? "" : " (incomplete: stalled)");
        out.printf(Locale.ROOT, "raw Kafka producer         %,.0f records/s%n", r.rawKafkaPerSecond());
        out.printf(Locale.ROOT, "raw JDBC batch insert      %,.0f rows/s%n", r.rawJdbcPerSecond());
        if (r.complete()) {
            out.printf(
                    Locale.ROOT,
                    "contents                   %s; names in plain at the subscriber: %d%n",
                    r.contentsMatch() ? "count and checksum match" : "MISMATCH",
                    r.plainNames());
            if (r.smallerRaw() > 0) {
                report.ratio(new Ratio("exchange e2e/min(raw)", r.endToEndPerSecond(), r.smallerRaw(), "rec/s", GOAL));
            }
            if (!r.contentsMatch()) {
                report.note("subscriber contents differ from the source (count or checksum)");
            }
        } else {
            out.println("FAILED: " + r.failure());
            report.note(r.failure());
        }
        report.chart(new BarChart(
                        "exchange rates, " + String.format(Locale.ROOT, "%,d", r.rows()) + " rows",
                        "records/s",
                        List.of("end to end", "raw Kafka", "raw JDBC"))
                .series("records/s", r.endToEndPerSecond(), r.rawKafkaPerSecond(), r.rawJdbcPerSecond()));
    }

    public static Result measure(Stack stack, Settings s, PrintStream out) throws Exception {
        try (Connection db = stack.connect()) {
            List<String> columns = columns(db);
            ResidentRows rows = new ResidentRows(freeDivision(db));
            String like = rows.division() + "%";
            out.printf(
                    Locale.ROOT,
                    "exchange-throughput: %,d rows into %s (division %s, batches of %d), waiting for them in %s%n",
                    s.rows(),
                    SOURCE,
                    rows.division(),
                    s.batch(),
                    TARGET);
            long[] inserted = {0};
            long start = System.nanoTime();
            double[] insertSeconds = {-1};
            Exception[] insertFailure = {null};
            Thread inserter = new Thread(
                    () -> {
                        try (Connection writer = stack.connect()) {
                            Baselines.insert(writer, SOURCE, rows, s.rows(), s.batch(), columns, inserted);
                            insertSeconds[0] = (System.nanoTime() - start) / 1e9;
                        } catch (Exception e) {
                            insertFailure[0] = e;
                        }
                    },
                    "bench-source-insert");
            inserter.start();

            long arrived = 0;
            long lastChange = System.nanoTime();
            long lastPrint = System.nanoTime();
            String failure = null;
            try (PreparedStatement count =
                    db.prepareStatement("SELECT COUNT(*) FROM " + TARGET + " WHERE id_number LIKE ?")) {
                count.setString(1, like);
                while (true) {
                    Thread.sleep(500);
                    long now = System.nanoTime();
                    long c = single(count);
                    if (c != arrived) {
                        arrived = c;
                        lastChange = now;
                    }
                    if (insertFailure[0] != null) {
                        failure = "inserting into " + SOURCE + " failed: " + insertFailure[0].getMessage();
                        break;
                    }
                    if (arrived >= s.rows()) {
                        break;
                    }
                    if (inserter.isAlive()) {
                        lastChange =
                                Math.max(lastChange, now - Duration.ofSeconds(1).toNanos());
                    }
                    if (now - lastChange > s.stall().toNanos()) {
                        failure = String.format(
                                Locale.ROOT,
                                "stalled: no progress for %d s; %,d of %,d rows arrived in %s (inserted %,d into %s)."
                                        + " Is the hub fanning out 101001/000001 to hrss? Check node-psb /node/status,"
                                        + " exchange-service and node-hrss logs. %s",
                                s.stall().toSeconds(),
                                arrived,
                                s.rows(),
                                TARGET,
                                inserted[0],
                                SOURCE,
                                NodeStatus.describe(s.providerNode(), s.subscriberNode(), "101001/000001"));
                        break;
                    }
                    if (now - lastPrint > Duration.ofSeconds(5).toNanos()) {
                        lastPrint = now;
                        double seconds = (now - start) / 1e9;
                        out.printf(
                                Locale.ROOT,
                                "  .. %.0f s: inserted %,d, arrived %,d (%,.0f records/s)%n",
                                seconds,
                                inserted[0],
                                arrived,
                                arrived / seconds);
                    }
                }
            }
            double endToEnd = (System.nanoTime() - start) / 1e9;
            inserter.join();
            boolean match = false;
            long plainNames = -1;
            if (failure == null) {
                Checksum source = checksum(db, SOURCE, like);
                Checksum target = checksum(db, TARGET, like);
                match = source.equals(target);
                plainNames = plainNames(db, like);
                out.printf(Locale.ROOT, "contents: source %s, subscriber %s%n", source, target);
            }
            double rawKafka = 0;
            double rawJdbc = 0;
            if (!s.skipRaw()) {
                out.printf(Locale.ROOT, "raw Kafka baseline: %,d records to %s ...%n", s.rawRows(), s.bootstrap());
                rawKafka = Baselines.rawKafka(s.benchConnection(), rows, s.rawRows(), out);
                out.printf(Locale.ROOT, "raw Kafka: %,.0f records/s%n", rawKafka);
                out.printf(Locale.ROOT, "raw JDBC baseline: %,d rows into a scratch table ...%n", s.rawRows());
                rawJdbc = Baselines.rawJdbc(db, rows, s.rawRows(), s.batch(), columns, out);
                out.printf(Locale.ROOT, "raw JDBC: %,.0f rows/s%n", rawJdbc);
            }
            return new Result(
                    s.rows(),
                    rows.division(),
                    insertSeconds[0],
                    endToEnd,
                    arrived,
                    match,
                    plainNames,
                    rawKafka,
                    rawJdbc,
                    failure);
        }
    }

    record Checksum(long count, long crcSum) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d rows / crc %d", count, crcSum);
        }
    }

    static Checksum checksum(Connection db, String table, String like) throws SQLException {
        String sql =
                "SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', id_number, DATE_FORMAT(birth_date, '%Y-%m-%d'),"
                        + " COALESCE(residence_address, '')))), 0) FROM " + table + " WHERE id_number LIKE ?";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Checksum(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /** Rows whose name reached the subscriber unmasked (the grant leaves name masked: expect 0). */
    static long plainNames(Connection db, String like) throws SQLException {
        String sql = "SELECT COUNT(*) FROM " + TARGET + " t JOIN " + SOURCE + " s ON s.id_number = t.id_number"
                + " WHERE t.id_number LIKE ? AND t.name = s.name";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, like);
            return single(s);
        }
    }

    /** The wanted columns the source table has (ethnicity is optional). */
    static List<String> columns(Connection db) throws SQLException {
        List<String> present = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getColumns("dept_psb", null, "resident", null)) {
            while (rs.next()) {
                present.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (present.isEmpty()) {
            throw new IllegalStateException(SOURCE + " does not exist: is the local stack up?");
        }
        return WANTED_COLUMNS.stream().filter(present::contains).toList();
    }

    /** A division code 35xxxx with no rows in the source yet, so this run's rows are counted alone. */
    static String freeDivision(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM " + SOURCE + " WHERE id_number LIKE ?")) {
            for (int attempt = 0; attempt < 50; attempt++) {
                String code = String.format(
                        Locale.ROOT, "35%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
                s.setString(1, code + "%");
                if (single(s) == 0) {
                    return code;
                }
            }
        }
        throw new IllegalStateException("no free division code 35xxxx in " + SOURCE);
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
