package org.govexchange.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --name=value} arguments of one benchmark. Unknown names are refused (a typo must not silently run
 * the default), and every value a benchmark read is kept so the run's JSON records its parameters.
 */
public final class Options {

    private final Map<String, String> given;
    private final Map<String, Object> used = new LinkedHashMap<>();

    private Options(Map<String, String> given) {
        this.given = given;
    }

    /** Parses {@code --name=value} (or {@code --flag}, meaning {@code true}); anything else is refused. */
    public static Options parse(List<String> args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            String value = eq < 0 ? "true" : arg.substring(eq + 1);
            if (given.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " given twice");
            }
        }
        return new Options(given);
    }

    public String string(String name, String fallback) {
        String value = given.getOrDefault(name, fallback);
        used.put(name, value);
        return value;
    }

    public long count(String name, long fallback) {
        String raw = given.get(name);
        long value;
        try {
            value = raw == null ? fallback : parseCount(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number, got '" + raw + "'");
        }
        if (value < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative, got " + value);
        }
        used.put(name, value);
        return value;
    }

    public int integer(String name, int fallback) {
        long value = count(name, fallback);
        if (value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--" + name + " is too large: " + value);
        }
        return (int) value;
    }

    public Duration seconds(String name, long fallback) {
        return Duration.ofSeconds(count(name, fallback));
    }

    public boolean flag(String name) {
        boolean value = Boolean.parseBoolean(given.getOrDefault(name, "false"));
        used.put(name, value);
        return value;
    }

    /** Throws if an argument was given that the benchmark never asked for. */
    public void rejectUnknown() {
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(used.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", unknown));
        }
    }

    /** The values the benchmark ran with, defaults included, in the order it read them. */
    public Map<String, Object> used() {
        return Collections.unmodifiableMap(used);
    }

    /** {@code 100000}, {@code 100_000}, {@code 100k}, {@code 5m}. */
    static long parseCount(String raw) {
        String text = raw.trim().replace("_", "").toLowerCase(Locale.ROOT);
        long factor = 1;
        if (text.endsWith("k")) {
            factor = 1_000;
            text = text.substring(0, text.length() - 1);
        } else if (text.endsWith("m")) {
            factor = 1_000_000;
            text = text.substring(0, text.length() - 1);
        }
        return Math.multiplyExact(Long.parseLong(text), factor);
    }
}
