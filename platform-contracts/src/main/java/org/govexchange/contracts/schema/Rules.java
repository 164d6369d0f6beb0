package org.govexchange.contracts.schema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.concurrent.ConcurrentHashMap;

/** Rule patterns compiled by RE2/J once per pattern text, shared by every check in the process. */
final class Rules {

    /** A pattern, or why RE2 cannot run it (back-references, look-around…). */
    record Compiled(Pattern pattern, String error) {}

    /** Patterns come from catalogs and types, a bounded set; the cap only guards against a flood. */
    private static final int MAX_CACHED = 10_000;

    private static final ConcurrentHashMap<String, Compiled> CACHE = new ConcurrentHashMap<>();

    private Rules() {}

    static Compiled compile(String pattern) {
        Compiled cached = CACHE.get(pattern);
        if (cached != null) {
            return cached;
        }
        Compiled compiled;
        try {
            compiled = new Compiled(Pattern.compile(pattern), null);
        } catch (PatternSyntaxException e) {
            compiled = new Compiled(null, e.getDescription());
        }
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        CACHE.put(pattern, compiled);
        return compiled;
    }
}
