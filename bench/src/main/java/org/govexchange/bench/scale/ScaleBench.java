package org.govexchange.bench.scale;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govexchange.bench.Options;
import org.govexchange.bench.Stack;
import org.govexchange.bench.exchange.ExchangeThroughputBench;
import org.govexchange.bench.gateway.GatewayLookupBench;
import org.govexchange.bench.load.BulkLoadBench;
import org.govexchange.bench.report.BarChart;
import org.govexchange.bench.report.Machine;
import org.govexchange.bench.report.RunReport;

/**
 * scale: whether cost grows linearly with volume. Exchange: the end-to-end time of {@code --small} and
 * {@code --large} rows (10× the rows should take 8–12× the time). Lookup: gateway-lookup p99 with the persons
 * loaded now, then again after bulk-loading up to {@code --persons} (p99 should stay flat: one primary-key probe).
 */
public final class ScaleBench {

    static final double MIN_TIME_RATIO = 8;
    static final double MAX_TIME_RATIO = 12;

    private ScaleBench() {}

    public static int run(Options options, PrintStream out) throws Exception {
        Stack stack = Stack.from(options);
        long small = options.count("small", 100_000);
        long large = options.count("large", 1_000_000);
        long persons = options.count("persons", 5_000_000);
        Duration phase = options.seconds("phase-seconds", 15);
        int concurrency = options.integer("concurrency", 32);
        double rate = options.count("rate", 0);
        long stall = options.count("stall-seconds", 60);
        boolean skipExchange = options.flag("skip-exchange");
        boolean skipLookup = options.flag("skip-lookup");
        options.rejectUnknown();
        Instant started = Instant.now();
        RunReport report = new RunReport("scale", started, Machine.describe()).parameters(options.used());
        int exit = 0;

        if (!skipExchange) {
            ExchangeThroughputBench.Result[] results = new ExchangeThroughputBench.Result[2];
            long[] sizes = {small, large};
            for (int i = 0; i < 2; i++) {
                out.printf(Locale.ROOT, "%n== scale: exchange-throughput with %,d rows%n", sizes[i]);
                results[i] = ExchangeThroughputBench.measure(
                        stack,
                        new ExchangeThroughputBench.Settings(
                                sizes[i],
                                1000,
                                Duration.ofSeconds(stall),
                                sizes[i],
                                "127.0.0.1:9092",
                                ".gx-local/kafka/principals.properties",
                                true,
                                "http://127.0.0.1:8090",
                                "http://127.0.0.1:8091",
                                false),
                        out);
                if (!results[i].complete()) {
                    out.println("FAILED: " + results[i].failure());
                    report.note("exchange " + sizes[i] + " rows: " + results[i].failure());
                    exit = 1;
                    break;
                }
            }
            if (exit == 0) {
                double ratio = results[1].endToEndSeconds() / results[0].endToEndSeconds();
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("smallRows", small);
                figures.put("smallSeconds", results[0].endToEndSeconds());
                figures.put("largeRows", large);
                figures.put("largeSeconds", results[1].endToEndSeconds());
                figures.put("timeRatio", ratio);
                figures.put("rowRatio", (double) large / small);
                report.figure("exchange", figures);
                out.printf(
                        Locale.ROOT,
                        "%nexchange: %,d rows in %.1f s, %,d rows in %.1f s: time ratio %.1f× for %.0f× the rows"
                                + " (goal %.0f–%.0f×) %s%n",
                        small,
                        results[0].endToEndSeconds(),
                        large,
                        results[1].endToEndSeconds(),
                        ratio,
                        (double) large / small,
                        MIN_TIME_RATIO,
                        MAX_TIME_RATIO,
                        withinTimeRatio(ratio) ? "ok" : "MISSED");
                report.chart(new BarChart(
                                "exchange end-to-end rate by volume",
                                "records/s",
                                List.of(
                                        String.format(Locale.ROOT, "%,d rows", small),
                                        String.format(Locale.ROOT, "%,d rows", large)))
                        .series("records/s", results[0].endToEndPerSecond(), results[1].endToEndPerSecond()));
            }
        }

        if (!skipLookup) {
            GatewayLookupBench.Settings lookup = new GatewayLookupBench.Settings(
                    concurrency,
                    phase,
                    2,
                    Duration.ofSeconds(5),
                    "http://127.0.0.1:8080",
                    "http://127.0.0.1:8083",
                    "hrss",
                    20_000,
                    rate);
            long before = personCount(stack);
            out.printf(Locale.ROOT, "%n== scale: gateway-lookup with %,d persons%n", before);
            GatewayLookupBench.Result first = GatewayLookupBench.measure(stack, lookup, out);
            if (before < persons) {
                out.printf(Locale.ROOT, "%n== scale: loading %,d more persons (to %,d)%n", persons - before, persons);
                BulkLoadBench.load(
                        stack,
                        new BulkLoadBench.Settings(
                                persons - before,
                                before,
                                2,
                                stack.gxLocal()
                                        .resolve("apps/population-db-service/population-db-service.jar")
                                        .toString(),
                                "-Xmx512m"),
                        out);
            }
            long after = personCount(stack);
            out.printf(Locale.ROOT, "%n== scale: gateway-lookup with %,d persons%n", after);
            GatewayLookupBench.Result second = GatewayLookupBench.measure(stack, lookup, out);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("personsBefore", before);
            figures.put("directP99MsBefore", first.direct().p99Ms());
            figures.put("gatewayP99MsBefore", first.gateway().p99Ms());
            figures.put("personsAfter", after);
            figures.put("directP99MsAfter", second.direct().p99Ms());
            figures.put("gatewayP99MsAfter", second.gateway().p99Ms());
            report.figure("lookup", figures);
            out.printf(
                    Locale.ROOT,
                    "%nlookup p99: %,d persons direct %.2f ms / gateway %.2f ms; %,d persons direct %.2f ms /"
                            + " gateway %.2f ms%n",
                    before,
                    first.direct().p99Ms(),
                    first.gateway().p99Ms(),
                    after,
                    second.direct().p99Ms(),
                    second.gateway().p99Ms());
            report.chart(new BarChart("lookup p99 by persons loaded", "ms", List.of("direct p99", "gateway p99"))
                    .series(
                            String.format(Locale.ROOT, "%,d persons", before),
                            first.direct().p99Ms(),
                            first.gateway().p99Ms())
                    .series(
                            String.format(Locale.ROOT, "%,d persons", after),
                            second.direct().p99Ms(),
                            second.gateway().p99Ms()));
        }
        report.finish(stack.results(), out);
        return exit;
    }

    static boolean withinTimeRatio(double ratio) {
        return ratio >= MIN_TIME_RATIO && ratio <= MAX_TIME_RATIO;
    }

    private static long personCount(Stack stack) throws Exception {
        try (Connection db = stack.connect();
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM gx_population.person")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
