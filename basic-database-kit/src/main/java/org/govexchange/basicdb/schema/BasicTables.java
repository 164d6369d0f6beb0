package org.govexchange.basicdb.schema;

import java.util.regex.Pattern;

/**
 * The names a basic database gives its bookkeeping tables and its key column. Each service keeps its own
 * schema (and Flyway migrations); the shared mappers splice these names into their SQL, so they are
 * checked to be plain identifiers once, here.
 */
public final class BasicTables {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final String keyColumn;
    private final String sourceVersions;
    private final String fieldProvenance;
    private final String conflicts;

    /**
     * @param keyColumn the record key's column in every table, e.g. {@code id_number}
     * @param sourceVersions newest version applied per record and source
     * @param fieldProvenance which source set each field of each record
     * @param conflicts recorded disagreements between sources
     */
    public BasicTables(String keyColumn, String sourceVersions, String fieldProvenance, String conflicts) {
        this.keyColumn = identifier(keyColumn);
        this.sourceVersions = identifier(sourceVersions);
        this.fieldProvenance = identifier(fieldProvenance);
        this.conflicts = identifier(conflicts);
    }

    private static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain table or column name: " + name);
        }
        return name;
    }

    // JavaBean getters: MyBatis reads them from the SQL templates (${t.keyColumn}).

    public String getKeyColumn() {
        return keyColumn;
    }

    public String getSourceVersions() {
        return sourceVersions;
    }

    public String getFieldProvenance() {
        return fieldProvenance;
    }

    public String getConflicts() {
        return conflicts;
    }
}
