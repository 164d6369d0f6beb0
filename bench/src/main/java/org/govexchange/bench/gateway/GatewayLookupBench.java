package org.govexchange.bench.gateway;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.govexchange.bench.Options;
import org.govexchange.bench.Ratio;
import org.govexchange.bench.Stack;
import org.govexchange.bench.report.BarChart;
import org.govexchange.bench.report.LatencySummary;
import org.govexchange.bench.report.Machine;
import org.govexchange.bench.report.Progress;
import org.govexchange.bench.report.RunReport;
import org.govexchange.contracts.grant.GrantContext;
import org.govexchange.contracts.internaltoken.InternalToken;

/**
 * gateway-lookup: person lookups straight to population-db-service with an internal token (phase A) against the
 * same lookups through the gateway with a department's JWT and purpose (phase B), alternating A B A B at a fixed
 * concurrency after a warm-up of both paths; then (closed loop) the same selects over raw JDBC (phase R), the
 * physical limit of a lookup service on this database.
 */
public final class GatewayLookupBench {

    public static final double THROUGHPUT_GOAL = 0.60;
    /** The direct path against the same selects over raw JDBC (issue 15). */
    public static final double DIRECT_TO_JDBC_GOAL = 0.50;

    public static final double ADDED_P99_CEILING_MS = 3.0;
    static final String PURPOSE = "BENCH";
    static final String PATH = "/api/population/persons/";

    /** The parameters of one run. */
    public record Settings(
            int concurrency,
            Duration phase,
            int phases,
            Duration warmup,
            String gateway,
            String direct,
            String department,
            int keys,
            double rate) {

        public static Settings from(Options o) {
            Settings s = new Settings(
                    o.integer("concurrency", 32),
                    o.seconds("phase-seconds", 20),
                    o.integer("phases", 4),
                    o.seconds("warmup-seconds", 10),
                    o.string("gateway", "http://127.0.0.1:8080"),
                    o.string("direct", "http://127.0.0.1:8083"),
                    o.string("department", "hrss"),
                    o.integer("keys", 20_000),
                    o.count("rate", 0));
            if (s.concurrency < 1 || s.phases < 2 || s.phase.isZero() || s.keys < 1) {
                throw new IllegalArgumentException("need --concurrency >= 1, --phases >= 2, --phase-seconds >= 1");
            }
            return s;
        }
    }

    /** Both paths over all their phases, and each phase on its own. */
    public record Result(
            LatencySummary jdbc,
            LatencySummary direct,
            LatencySummary gateway,
            List<LatencySummary> phases,
            long persons,
            Map<String, Long> directFailures,
            Map<String, Long> gatewayFailures) {

        public double throughputRatio() {
            return direct.perSecond() > 0 ? gateway.perSecond() / direct.perSecond() : 0;
        }

        public double directToJdbcRatio() {
            return jdbc != null && jdbc.perSecond() > 0 ? direct.perSecond() / jdbc.perSecond() : 0;
        }

        public double addedP99Ms() {
            return gateway.p99Ms() - direct.p99Ms();
        }

        public long gateway429() {
            return gatewayFailures.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("429"))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    private GatewayLookupBench() {}

    public static int run(Options options, PrintStream out) throws Exception {
        Stack stack = Stack.from(options);
        Settings settings = Settings.from(options);
        options.rejectUnknown();
        Instant started = Instant.now();
        Result result = measure(stack, settings, out);
        RunReport report = new RunReport("gateway-lookup", started, Machine.describe()).parameters(options.used());
        describe(result, settings.rate() > 0, report, out);
        report.finish(stack.results(), out);
        return 0;
    }

    /** Puts the result on the console and into the report. */
    public static void describe(Result result, boolean openLoop, RunReport report, PrintStream out) {
        out.println();
        List<LatencySummary> rows = new ArrayList<>(result.phases());
        if (result.jdbc() != null) {
            rows.add(result.jdbc());
        }
        rows.add(result.direct());
        rows.add(result.gateway());
        out.print(LatencySummary.table(rows));
        if (!result.directFailures().isEmpty()) {
            out.println("direct failures:  " + result.directFailures());
        }
        if (!result.gatewayFailures().isEmpty()) {
            out.println("gateway failures: " + result.gatewayFailures());
        }
        report.figure("persons", result.persons());
        if (result.jdbc() != null) {
            report.figure("jdbc", result.jdbc().toMap());
            report.figure("directToJdbcRatio", result.directToJdbcRatio());
        }
        report.figure("direct", result.direct().toMap());
        report.figure("gateway", result.gateway().toMap());
        List<Object> phases = new ArrayList<>();
        result.phases().forEach(p -> phases.add(p.toMap()));
        report.figure("phases", phases);
        report.figure("directFailures", result.directFailures());
        report.figure("gatewayFailures", result.gatewayFailures());
        report.figure("throughputRatio", result.throughputRatio());
        report.figure("addedP99Ms", result.addedP99Ms());
        if (openLoop) {
            report.note("open loop at a fixed rate: both paths carry the same req/s by construction, so only the"
                    + " latency (added p99) is a result; run without --rate for the throughput ratio");
        } else if (result.direct().perSecond() > 0) {
            report.ratio(new Ratio(
                    "gateway/direct throughput",
                    result.gateway().perSecond(),
                    result.direct().perSecond(),
                    "req/s",
                    THROUGHPUT_GOAL));
            if (result.jdbc() != null && result.jdbc().perSecond() > 0) {
                report.ratio(new Ratio(
                        "direct/raw JDBC throughput",
                        result.direct().perSecond(),
                        result.jdbc().perSecond(),
                        "req/s",
                        DIRECT_TO_JDBC_GOAL));
            }
        }
        out.println();
        out.println(addedP99Line(result.addedP99Ms()));
        long limited = result.gateway429();
        if (limited > 0) {
            String warning = limited + " gateway requests were refused with 429 (" + result.gatewayFailures()
                    + "): the gateway's per-department rate limit or the grant's daily quota capped phase B, so its"
                    + " figures measure the limit, not the gateway. Start the stack with"
                    + " --gx.gateway.limits.rate-per-second=100000 --gx.gateway.limits.burst=100000 and a grant"
                    + " whose daily quota exceeds the run's requests.";
            out.println("WARNING: " + warning);
            report.note(warning);
        }
        report.chart(new BarChart("person lookup latency, direct (A) vs gateway (B)", "ms", LatencySummary.PERCENTILES)
                .series(
                        String.format(
                                Locale.ROOT,
                                "A direct %,.0f req/s",
                                result.direct().perSecond()),
                        result.direct().percentilesMs())
                .series(
                        String.format(
                                Locale.ROOT,
                                "B gateway %,.0f req/s",
                                result.gateway().perSecond()),
                        result.gateway().percentilesMs()));
    }

    static String addedP99Line(double addedMs) {
        return String.format(
                Locale.ROOT,
                "%-28s %+14.2f ms (goal <= %.1f ms) %s",
                "gateway added p99",
                addedMs,
                ADDED_P99_CEILING_MS,
                addedMs <= ADDED_P99_CEILING_MS ? "ok" : "MISSED");
    }

    public static Result measure(Stack stack, Settings s, PrintStream out) throws Exception {
        Credentials credentials = Credentials.read(stack.gxLocal().resolve("credentials.json"), s.department());
        List<String> keys;
        long persons;
        GrantContext grant;
        try (Connection db = stack.connect()) {
            persons = LookupData.personCount(db);
            if (persons == 0) {
                throw new IllegalStateException("gx_population.person is empty: load persons first, e.g."
                        + " java -jar bench/target/gx-bench.jar bulk-load --rows=100000");
            }
            keys = LookupData.sampleIdNumbers(db, persons, s.keys());
            grant = LookupData.activeGrant(db, credentials.departmentCode(), credentials.clientId(), PURPOSE);
        }
        out.printf(
                Locale.ROOT,
                "gateway-lookup: %,d persons loaded, %,d random keys; %s as %s; grant %s fields %s (masking %s)%n",
                persons,
                keys.size(),
                s.department(),
                credentials.clientId(),
                grant.grantId(),
                grant.fields(),
                grant.masking());
        out.printf(
                Locale.ROOT,
                "concurrency %d, %s, warm-up %d s per path, %d phases of %d s alternating A (direct %s) and B"
                        + " (gateway %s)%n",
                s.concurrency(),
                s.rate() > 0
                        ? String.format(Locale.ROOT, "open loop at %.0f req/s", s.rate())
                        : "closed loop (max load)",
                s.warmup().toSeconds(),
                s.phases(),
                s.phase().toSeconds(),
                s.direct(),
                s.gateway());

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        DirectTokens internal =
                DirectTokens.fromKeyFile(stack.gxLocal().resolve("keys").resolve("gateway-internal-token.pem"), grant);
        GatewayToken bearer = new GatewayToken(http, s.gateway(), credentials);
        Function<String, HttpRequest> direct = id -> HttpRequest.newBuilder(URI.create(s.direct() + PATH + id))
                .timeout(Duration.ofSeconds(30))
                .header(InternalToken.HEADER, internal.token())
                .GET()
                .build();
        Function<String, HttpRequest> viaGateway = id -> HttpRequest.newBuilder(URI.create(s.gateway() + PATH + id))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer.bearer())
                .header("X-GX-Purpose", PURPOSE)
                .GET()
                .build();

        LoadPhase load = new LoadPhase(http, s.concurrency(), s.rate());
        Map<String, Long> directFailures = new LinkedHashMap<>();
        Map<String, Long> gatewayFailures = new LinkedHashMap<>();
        if (!s.warmup().isZero()) {
            for (String path : List.of("A", "B")) {
                LoadPhase.Outcome w =
                        phase(load, "warm-up " + path, s.warmup(), keys, path.equals("A") ? direct : viaGateway, out);
                out.printf(
                        Locale.ROOT,
                        "warm-up %s: %,.0f req/s, %d errors %s (excluded)%n",
                        path,
                        w.micros().getTotalCount() / w.seconds(),
                        w.errors(),
                        w.failures().isEmpty() ? "" : w.failures());
            }
        }
        Histogram allDirect = new Histogram(60_000_000L, 3);
        Histogram allGateway = new Histogram(60_000_000L, 3);
        long directErrors = 0;
        long gatewayErrors = 0;
        double directSeconds = 0;
        double gatewaySeconds = 0;
        List<LatencySummary> phases = new ArrayList<>();
        for (int i = 0; i < s.phases(); i++) {
            boolean isDirect = i % 2 == 0;
            String name = (isDirect ? "A" : "B") + (i / 2 + 1) + (isDirect ? " direct" : " gateway");
            LoadPhase.Outcome o = phase(load, name, s.phase(), keys, isDirect ? direct : viaGateway, out);
            LatencySummary summary = LatencySummary.of(name, o.micros(), o.errors(), o.seconds());
            phases.add(summary);
            out.printf(
                    Locale.ROOT,
                    "%-12s %,8.1f req/s  p50 %.2f  p99 %.2f  p99.9 %.2f ms  errors %d%n",
                    name,
                    summary.perSecond(),
                    summary.p50Ms(),
                    summary.p99Ms(),
                    summary.p999Ms(),
                    summary.errors());
            if (isDirect) {
                allDirect.add(o.micros());
                directErrors += o.errors();
                directSeconds += o.seconds();
                o.failures().forEach((k, v) -> directFailures.merge(k, v, Long::sum));
            } else {
                allGateway.add(o.micros());
                gatewayErrors += o.errors();
                gatewaySeconds += o.seconds();
                o.failures().forEach((k, v) -> gatewayFailures.merge(k, v, Long::sum));
                if (o.count("429") > 0) {
                    out.println("WARNING: " + o.count("429") + " requests refused with 429 in " + name + " "
                            + o.failures() + " (gateway rate limit / daily quota): B measures the limit");
                }
            }
        }
        LatencySummary jdbc = null;
        if (s.rate() <= 0) {
            // The baseline: the same selects at the same concurrency, nothing between the client and the database.
            LoadPhase.Live live = new LoadPhase.Live();
            LoadPhase.Outcome r = JdbcLookupPhase.run(stack, s.concurrency(), s.phase(), keys, live);
            jdbc = LatencySummary.of("R raw JDBC", r.micros(), r.errors(), r.seconds());
            out.printf(
                    Locale.ROOT,
                    "%-12s %,8.1f req/s  p50 %.2f  p99 %.2f  p99.9 %.2f ms  errors %d%n",
                    "R raw JDBC",
                    jdbc.perSecond(),
                    jdbc.p50Ms(),
                    jdbc.p99Ms(),
                    jdbc.p999Ms(),
                    jdbc.errors());
        }
        return new Result(
                jdbc,
                LatencySummary.of("A direct (all)", allDirect, directErrors, directSeconds),
                LatencySummary.of("B gateway (all)", allGateway, gatewayErrors, gatewaySeconds),
                phases,
                persons,
                directFailures,
                gatewayFailures);
    }

    private static LoadPhase.Outcome phase(
            LoadPhase load,
            String name,
            Duration length,
            List<String> keys,
            Function<String, HttpRequest> request,
            PrintStream out)
            throws InterruptedException {
        LoadPhase.Live live = new LoadPhase.Live();
        try (Progress ignored = Progress.every(Duration.ofSeconds(5), out, () -> {
            double seconds = Math.max(1e-9, (System.nanoTime() - live.startedNanos) / 1e9);
            return String.format(
                    Locale.ROOT,
                    "%s: %.0f s, %,d ok (%,.0f req/s), %,d failed",
                    name,
                    seconds,
                    live.ok.sum(),
                    live.ok.sum() / seconds,
                    live.failed.sum());
        })) {
            return load.run(length, keys, request, live);
        }
    }
}
