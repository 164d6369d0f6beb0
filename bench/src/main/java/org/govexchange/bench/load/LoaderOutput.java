package org.govexchange.bench.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures population-db-service's load command prints ({@code LoadCommand}):
 *
 * <pre>
 * Loader:   100,000 rows in 4.1 s = 24,390 rows/s
 * Raw JDBC: 100,000 rows in 3.2 s = 31,250 rows/s (insert calls only)
 * </pre>
 */
public record LoaderOutput(
        long loaderRows, double loaderSeconds, double loaderRate, long rawRows, double rawSeconds, double rawRate) {

    private static final Pattern LINE =
            Pattern.compile("^(Loader|Raw JDBC):\\s+([0-9,]+) rows in ([0-9.]+) s = ([0-9,.]+) rows/s");

    /** Empty unless both lines are there. */
    public static Optional<LoaderOutput> parse(List<String> lines) {
        double[] loader = null;
        double[] raw = null;
        for (String line : lines) {
            Matcher m = LINE.matcher(line.trim());
            if (m.find()) {
                double[] figures = {
                    Double.parseDouble(m.group(2).replace(",", "")),
                    Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4).replace(",", ""))
                };
                if (m.group(1).equals("Loader")) {
                    loader = figures;
                } else {
                    raw = figures;
                }
            }
        }
        if (loader == null || raw == null) {
            return Optional.empty();
        }
        return Optional.of(new LoaderOutput((long) loader[0], loader[1], loader[2], (long) raw[0], raw[1], raw[2]));
    }

    public double ratio() {
        return rawRate > 0 ? loaderRate / rawRate : 0;
    }
}
