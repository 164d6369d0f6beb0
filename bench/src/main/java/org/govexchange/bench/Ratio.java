package org.govexchange.bench;

import java.util.Locale;

/**
 * A figure next to the baseline measured in the same run. Machines here are shared and noisy, so the
 * ratio is what a benchmark reports and what its goal is stated in.
 */
public record Ratio(String name, double measured, double baseline, String unit, double goal) {

    public Ratio {
        if (!(baseline > 0)) {
            throw new IllegalArgumentException("baseline of " + name + " must be positive, was " + baseline);
        }
    }

    public double value() {
        return measured / baseline;
    }

    public boolean meetsGoal() {
        return value() >= goal;
    }

    /** One console line, e.g. {@code gateway/direct  9 000 req/s vs 15 000 req/s = 0.60 (goal ≥ 0.60) ok}. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "%-28s %,14.1f %s vs %,14.1f %s = %.2f (goal >= %.2f) %s",
                name,
                measured,
                unit,
                baseline,
                unit,
                value(),
                goal,
                meetsGoal() ? "ok" : "MISSED");
    }
}
