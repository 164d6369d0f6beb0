package org.govexchange.bench.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govexchange.bench.Options;
import org.govexchange.bench.Ratio;
import org.govexchange.bench.Stack;
import org.govexchange.bench.report.BarChart;
import org.govexchange.bench.report.Machine;
import org.govexchange.bench.report.RunReport;

/**
 * bulk-load: runs population-db-service's own load command ({@code --gx.population.load.count=N}) as a child
 * process against the stack's database and reads the two rates it prints: the loader's, and a raw JDBC batch
 * insert of the same rows into a scratch table, timed by the same process right after. Reimplementing the loader
 * here would measure a copy; running the real one measures the real one.
 *
 * <p>By default it runs the jar the local stack runs ({@code .gx-local/apps/...}): that jar's Flyway migrations
 * are the ones the shared database already has, while a freshly built {@code target/} jar may carry new ones.
 */
public final class BulkLoadBench {

    public static final double GOAL = 0.50;

    private BulkLoadBench() {}

    public record Settings(long rows, long offset, int writers, String jar, String javaOptions) {}

    public static int run(Options options, PrintStream out) throws Exception {
        Stack stack = Stack.from(options);
        Settings settings = settings(options, stack);
        options.rejectUnknown();
        Instant started = Instant.now();
        LoaderOutput result = load(stack, settings, out);
        RunReport report = new RunReport("bulk-load", started, Machine.describe()).parameters(options.used());
        report.figure("loaderRows", result.loaderRows());
        report.figure("loaderSeconds", result.loaderSeconds());
        report.figure("loaderRowsPerSecond", result.loaderRate());
        report.figure("rawJdbcRows", result.rawRows());
        report.figure("rawJdbcSeconds", result.rawSeconds());
        report.figure("rawJdbcRowsPerSecond", result.rawRate());
        report.figure("ratio", result.ratio());
        report.ratio(new Ratio("loader/raw JDBC", result.loaderRate(), result.rawRate(), "rows/s", GOAL));
        report.chart(new BarChart("bulk load of persons", "rows/s", List.of("loader", "raw JDBC"))
                .series("rows/s", result.loaderRate(), result.rawRate()));
        report.finish(stack.results(), out);
        return 0;
    }

    static Settings settings(Options options, Stack stack) {
        long rows = options.count("rows", 100_000);
        String offsetText = options.string("offset", "auto");
        int writers = options.integer("writers", 2);
        Path apps = stack.gxLocal().resolve("apps/population-db-service/population-db-service.jar");
        Path target = stack.root().resolve("population-db-service/target/population-db-service.jar");
        String jar = options.string("jar", (Files.exists(apps) ? apps : target).toString());
        String javaOptions = options.string("java-options", "-Xmx512m");
        if (rows < 1) {
            throw new IllegalArgumentException("--rows must be at least 1");
        }
        long offset = offsetText.equals("auto") ? -1 : Long.parseLong(offsetText);
        return new Settings(rows, offset, writers, jar, javaOptions);
    }

    /** Loads {@code rows} more persons (after those already there unless an offset is given) and parses the rates. */
    public static LoaderOutput load(Stack stack, Settings s, PrintStream out) throws Exception {
        long offset = s.offset();
        if (offset < 0) {
            try (Connection db = stack.connect();
                    Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM gx_population.person")) {
                rs.next();
                offset = rs.getLong(1);
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : s.javaOptions().trim().split("\\s+")) {
            if (!o.isEmpty()) {
                command.add(o);
            }
        }
        command.addAll(List.of(
                "-jar",
                s.jar(),
                "--spring.profiles.active=local",
                "--gx.db.port=" + dbPort(stack.dbUrl()),
                "--gx.population.load.count=" + s.rows(),
                "--gx.population.load.offset=" + offset,
                "--gx.population.load.writers=" + s.writers(),
                "--gx.population.load.compare-raw=true"));
        out.printf(Locale.ROOT, "bulk-load: %,d persons from index %,d with %s%n", s.rows(), offset, s.jar());
        Process process = new ProcessBuilder(command)
                .directory(stack.root().toFile())
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                if (isLoaderLine(line)) {
                    out.println("  loader| " + line.trim());
                }
            }
        }
        int exit = process.waitFor();
        return LoaderOutput.parse(lines)
                .orElseThrow(() -> new IllegalStateException("the load command (exit " + exit
                        + ") printed no rates; its last lines:\n  "
                        + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 25), lines.size()))));
    }

    static boolean isLoaderLine(String line) {
        String t = line.trim();
        return t.startsWith("Loading ")
                || t.startsWith("Loader")
                || t.startsWith("Raw JDBC")
                || t.contains("rows/s")
                || t.startsWith("ERROR")
                || t.contains("Exception");
    }

    /** The port of a {@code jdbc:mysql://host:port/...} URL (3306 when none is given). */
    static int dbPort(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? 3306 : Integer.parseInt(hostPort.substring(colon + 1));
    }
}
