package org.govexchange.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One measured phase of a latency benchmark: how many requests completed in how long, their latency
 * percentiles (from an HdrHistogram recorded in microseconds) and how many failed.
 */
public record LatencySummary(
        String name,
        long requests,
        long errors,
        double seconds,
        double p50Ms,
        double p90Ms,
        double p99Ms,
        double p999Ms,
        double maxMs) {

    public static final List<String> PERCENTILES = List.of("p50", "p90", "p99", "p99.9");

    /** {@code micros} holds the latency of every completed request (errors included) in microseconds. */
    public static LatencySummary of(String name, Histogram micros, long errors, double seconds) {
        return new LatencySummary(
                name,
                micros.getTotalCount(),
                errors,
                seconds,
                micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(90) / 1000.0,
                micros.getValueAtPercentile(99) / 1000.0,
                micros.getValueAtPercentile(99.9) / 1000.0,
                micros.getMaxValue() / 1000.0);
    }

    public double perSecond() {
        return seconds > 0 ? requests / seconds : 0;
    }

    public double[] percentilesMs() {
        return new double[] {p50Ms, p90Ms, p99Ms, p999Ms};
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("requests", requests);
        map.put("errors", errors);
        map.put("seconds", seconds);
        map.put("requestsPerSecond", perSecond());
        map.put("p50Ms", p50Ms);
        map.put("p90Ms", p90Ms);
        map.put("p99Ms", p99Ms);
        map.put("p999Ms", p999Ms);
        map.put("maxMs", maxMs);
        return map;
    }

    /** The console table of several phases: req/s, the four percentiles in ms, errors. */
    public static String table(List<LatencySummary> phases) {
        Table table = new Table("phase", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "errors");
        for (LatencySummary p : phases) {
            table.row(
                    p.name(),
                    String.format(Locale.ROOT, "%,d", p.requests()),
                    String.format(Locale.ROOT, "%,.1f", p.perSecond()),
                    ms(p.p50Ms()),
                    ms(p.p90Ms()),
                    ms(p.p99Ms()),
                    ms(p.p999Ms()),
                    String.format(Locale.ROOT, "%,d", p.errors()));
        }
        return table.render();
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
