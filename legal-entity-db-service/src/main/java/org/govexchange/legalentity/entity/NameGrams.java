package org.govexchange.legalentity.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The 2-character shingles a name is indexed and searched by (see legal_entity_name_gram). */
public final class NameGrams {

    /** A search uses at most this many shingles of the query: enough to be selective, few joins. */
    static final int MAX_QUERY_GRAMS = 4;

    private NameGrams() {}

    /** Distinct, lower-cased, by code point (a rare character outside the BMP counts as one). */
    public static Set<String> of(String name) {
        Set<String> grams = new LinkedHashSet<>();
        if (name == null) {
            return grams;
        }
        int[] cp = name.toLowerCase(Locale.ROOT).codePoints().toArray();
        for (int i = 0; i + 1 < cp.length; i++) {
            grams.add(new String(cp, i, 2));
        }
        return grams;
    }

    /** The shingles a query is looked up by: spread over the query, first and last always included. */
    static List<String> forQuery(String query) {
        List<String> all = new ArrayList<>(of(query));
        if (all.size() <= MAX_QUERY_GRAMS) {
            return all;
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < MAX_QUERY_GRAMS; i++) {
            picked.add(all.get(i * (all.size() - 1) / (MAX_QUERY_GRAMS - 1)));
        }
        return picked;
    }
}
