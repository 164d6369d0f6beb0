package org.govexchange.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govexchange.bench.exchange.ExchangeThroughputBench;
import org.govexchange.bench.footprint.FootprintBench;
import org.govexchange.bench.gateway.GatewayLookupBench;
import org.govexchange.bench.load.BulkLoadBench;
import org.govexchange.bench.scale.ScaleBench;

/**
 * Entry point of the benchmark jar: {@code java -jar bench/target/gx-bench.jar <benchmark> [--name=value ...]}.
 * Every benchmark prints its figures next to a baseline measured in the same run, writes
 * {@code bench/results/<time>-<benchmark>.json} (and an SVG chart) and exits 0, or non-zero when it could not
 * measure.
 */
public final class Bench {

    interface Benchmark {
        int run(Options options, PrintStream out) throws Exception;
    }

    static final Map<String, String> USAGE = new LinkedHashMap<>();
    static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

    static {
        add(
                "gateway-lookup",
                "[--concurrency=32] [--phase-seconds=20] [--phases=4] [--warmup-seconds=10]"
                        + " [--gateway=http://127.0.0.1:8080] [--direct=http://127.0.0.1:8083] [--department=hrss]"
                        + " [--keys=20000] [--rate=0 (closed loop; N = open loop at N req/s in total)]",
                GatewayLookupBench::run);
        add(
                "exchange-throughput",
                "[--rows=100000] [--batch=1000] [--stall-seconds=60] [--raw-rows=max(rows,50000)] [--skip-raw]"
                        + " [--bootstrap=127.0.0.1:9092] [--kafka-secrets=.gx-local/kafka/principals.properties] [--provider-node=http://127.0.0.1:8090]"
                        + " [--subscriber-node=http://127.0.0.1:8091] [--skip-population]",
                ExchangeThroughputBench::run);
        add(
                "bulk-load",
                "[--rows=100000] [--offset=auto] [--writers=2] [--jar=<population-db-service.jar>]",
                BulkLoadBench::run);
        add(
                "scale",
                "[--small=100000] [--large=1000000] [--persons=5000000] [--phase-seconds=15] [--concurrency=32]"
                        + " [--rate=0] [--stall-seconds=60] [--skip-exchange]"
                        + " [--skip-lookup]",
                ScaleBench::run);
        add("footprint", "", FootprintBench::run);
    }

    private static void add(String name, String usage, Benchmark benchmark) {
        USAGE.put(name, usage);
        BENCHMARKS.put(name, benchmark);
    }

    private Bench() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            usage(out);
            return args.isEmpty() ? 2 : 0;
        }
        Benchmark benchmark = BENCHMARKS.get(args.get(0));
        if (benchmark == null) {
            err.println("unknown benchmark '" + args.get(0) + "'");
            usage(err);
            return 2;
        }
        Options options;
        try {
            options = Options.parse(args.subList(1, args.size()));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            return benchmark.run(options, out);
        } catch (IllegalArgumentException e) {
            err.println(args.get(0) + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println(args.get(0) + " FAILED: " + e.getMessage());
            if (Boolean.getBoolean("bench.trace")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    static void usage(PrintStream out) {
        out.println("usage: java -jar bench/target/gx-bench.jar <benchmark> [--name=value ...]");
        out.println("common: [--root=<repo>] [--db-url=" + Stack.DEFAULT_DB_URL + "]");
        USAGE.forEach((name, usage) -> out.println("  " + name + " " + usage));
        out.println("results: bench/results/<time>-<benchmark>.json and .svg");
    }
}
