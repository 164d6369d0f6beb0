package org.govexchange.bench;

import java.util.List;

/**
 * Entry point of the benchmark jar: {@code java -jar bench/target/gx-bench.jar <benchmark>}. The
 * benchmarks themselves (gateway-lookup, exchange-throughput, bulk-load, scale) come with the
 * benchmark issue; until then the jar lists them and exits non-zero for anything it cannot run.
 */
public final class Bench {

    static final List<String> PLANNED = List.of("gateway-lookup", "exchange-throughput", "bulk-load", "scale");

    private Bench() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println("usage: java -jar bench/target/gx-bench.jar <benchmark>");
            System.out.println("benchmarks (each prints its figures as ratios against a same-run baseline):");
            PLANNED.forEach(b -> System.out.println("  " + b + "  (not built yet)"));
            return;
        }
        System.err.println("benchmark '" + args[0] + "' is not built yet; see the benchmark issue");
        System.exit(2);
    }
}
