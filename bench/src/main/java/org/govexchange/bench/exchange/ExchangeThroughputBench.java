package org.govexchange.bench.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
 * residence_address; names must arrive masked). Second figure: the same rows reaching the population database
 * ({@code gx_population.person}, fed by the hub's resource topic), timed from the same start and checked the same
 * way. In the same run: the raw Kafka producer rate and the raw JDBC batch-insert rate; the end-to-end rate as a
 * ratio to the smaller of the two, the population rate as a ratio to raw JDBC.
 */
public final class ExchangeThroughputBench {

    public static final double GOAL = 0.50;
    public static final double POPULATION_GOAL = 0.30;
    static final String SOURCE = "dept_psb.resident";
    static final String TARGET = "dept_hrss.shared_resident";
    static final String POPULATION = "gx_population.person";
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
            String subscriberNode,
            boolean skipPopulation) {

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
                    o.string("subscriber-node", "http://127.0.0.1:8091"),
                    o.flag("skip-population"));
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
            String failure,
            Population population) {

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

    /**
     * The rows reaching {@code gx_population.person}: from the insert's start until all were there.
     * {@code failure} says why there is no figure (a stall, no population database, skipped).
     */
    public record Population(long arrived, double seconds, boolean contentsMatch, String failure) {

        public double perSecond() {
            return seconds > 0 ? arrived / seconds : 0;
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
        // How the provider captures dept_psb.resident: GX_PSB_CAPTURE_MODE=watermark deploy/local/run switches it.
        String captureMode = NodeStatus.captureMode(settings.providerNode(), SOURCE);
        out.println("provider capture mode: " + captureMode);
        Result result = measure(stack, settings, out);
        RunReport report = new RunReport("exchange-throughput", started, Machine.describe()).parameters(options.used());
        report.figure("captureMode", captureMode);
        describe(result, report, out);
        out.println("capture mode (provider)    " + captureMode);
        report.finish(stack.results(), out);
        return result.complete() && result.population().complete() ? 0 : 1;
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
        Population p = r.population();
        report.figure("populationArrived", p.arrived());
        report.figure("populationSeconds", p.seconds());
        report.figure("populationRecordsPerSecond", p.perSecond());
        report.figure("populationContentsMatch", p.contentsMatch());
        report.figure("populationFailure", p.failure());
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
        out.printf(
                Locale.ROOT,
                "source -> population db    %,d arrived in %.1f s = %,.0f records/s%s%n",
                p.arrived(),
                p.seconds(),
                p.perSecond(),
                p.complete() ? "" : " (" + p.failure() + ")");
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
        if (p.complete()) {
            out.printf(
                    Locale.ROOT,
                    "population contents        %s%n",
                    p.contentsMatch() ? "count and checksum match" : "MISMATCH");
            if (r.rawJdbcPerSecond() > 0) {
                report.ratio(new Ratio(
                        "source->population/raw JDBC", p.perSecond(), r.rawJdbcPerSecond(), "rec/s", POPULATION_GOAL));
            }
            if (!p.contentsMatch()) {
                report.note("population database contents differ from the source (count or checksum)");
            }
        } else {
            out.println("population figure: " + p.failure());
            report.note("population: " + p.failure());
        }
        report.chart(new BarChart(
                        "exchange rates, " + String.format(Locale.ROOT, "%,d", r.rows()) + " rows",
                        "records/s",
                        List.of("end to end", "to population db", "raw Kafka", "raw JDBC"))
                .series(
                        "records/s",
                        r.endToEndPerSecond(),
                        p.perSecond(),
                        r.rawKafkaPerSecond(),
                        r.rawJdbcPerSecond()));
    }

    public static Result measure(Stack stack, Settings s, PrintStream out) throws Exception {
        try (Connection db = stack.connect()) {
            List<String> columns = StackTables.columns(db);
            ResidentRows rows = new ResidentRows(StackTables.freeDivision(db));
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

            var subscriber = new Arrival(s.rows(), start);
            String populationFailure =
                    s.skipPopulation() ? "skipped (--skip-population)" : StackTables.populationMissing(db);
            Arrival population = populationFailure == null ? new Arrival(s.rows(), start) : null;
            long lastPrint = System.nanoTime();
            String failure = null;
            try (PreparedStatement count =
                            db.prepareStatement("SELECT COUNT(*) FROM " + TARGET + " WHERE id_number LIKE ?");
                    PreparedStatement populationCount =
                            db.prepareStatement("SELECT COUNT(*) FROM " + POPULATION + " WHERE id_number LIKE ?")) {
                count.setString(1, like);
                populationCount.setString(1, like);
                while (true) {
                    Thread.sleep(500);
                    long now = System.nanoTime();
                    boolean inserting = inserter.isAlive();
                    if (!subscriber.complete()) {
                        subscriber.observe(now, StackTables.single(count), inserting);
                    }
                    if (population != null && !population.complete()) {
                        population.observe(now, StackTables.single(populationCount), inserting);
                    }
                    if (insertFailure[0] != null) {
                        failure = "inserting into " + SOURCE + " failed: " + insertFailure[0].getMessage();
                        break;
                    }
                    if (population != null && population.stalled(now, s.stall())) {
                        populationFailure = String.format(
                                Locale.ROOT,
                                "stalled: no progress for %d s; %,d of %,d rows in %s. Is population-db-service"
                                        + " consuming gx.resource.101001-000001? Check its log and gx.ingest.* metrics.",
                                s.stall().toSeconds(),
                                population.count(),
                                s.rows(),
                                POPULATION);
                        population = null;
                    }
                    if (subscriber.complete() && (population == null || population.complete())) {
                        break;
                    }
                    if (subscriber.stalled(now, s.stall())) {
                        failure = String.format(
                                Locale.ROOT,
                                "stalled: no progress for %d s; %,d of %,d rows arrived in %s (inserted %,d into %s)."
                                        + " Is the hub fanning out 101001/000001 to hrss? Check node-psb /node/status,"
                                        + " exchange-service and node-hrss logs. %s",
                                s.stall().toSeconds(),
                                subscriber.count(),
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
                                "  .. %.0f s: inserted %,d, arrived %,d (%,.0f records/s), population %s%n",
                                seconds,
                                inserted[0],
                                subscriber.count(),
                                subscriber.count() / seconds,
                                population == null ? "-" : String.format(Locale.ROOT, "%,d", population.count()));
                    }
                }
            }
            double endToEnd = subscriber.seconds();
            long arrived = subscriber.count();
            inserter.join();
            boolean match = false;
            long plainNames = -1;
            StackTables.Checksum source = null;
            if (failure == null) {
                source = StackTables.checksum(db, SOURCE, like);
                StackTables.Checksum target = StackTables.checksum(db, TARGET, like);
                match = source.equals(target);
                plainNames = StackTables.plainNames(db, like);
                out.printf(Locale.ROOT, "contents: source %s, subscriber %s%n", source, target);
            }
            Population reached;
            if (population != null && population.complete() && source != null) {
                StackTables.Checksum stored = StackTables.checksum(db, POPULATION, like);
                out.printf(Locale.ROOT, "contents: source %s, population database %s%n", source, stored);
                reached = new Population(population.count(), population.seconds(), source.equals(stored), null);
            } else {
                reached = new Population(
                        population == null ? 0 : population.count(),
                        population == null ? 0 : population.seconds(),
                        false,
                        populationFailure != null ? populationFailure : "not measured: the exchange did not complete");
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
                    failure,
                    reached);
        }
    }
}
