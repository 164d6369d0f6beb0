package org.govexchange.node.department;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a department table looks like: its columns with their JDBC types, and its unique keys.
 *
 * @param columns by lower-case name (MySQL column names are case-insensitive)
 */
public record TableShape(String table, Map<String, Column> columns, List<Set<String>> uniqueKeys) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /**
     * @param type a {@link java.sql.Types} constant
     * @param scale digits after the point for DECIMAL
     */
    public record Column(String name, int type, String typeName, int scale, boolean nullable) {

        public boolean temporal() {
            return type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.DATE;
        }

        public boolean integral() {
            return switch (type) {
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> true;
                case Types.DECIMAL, Types.NUMERIC -> scale == 0;
                default -> false;
            };
        }
    }

    public Column column(String name) {
        return columns.get(name.toLowerCase(Locale.ROOT));
    }

    /** The named columns this table lacks, as "table.column". */
    public List<String> missing(Iterable<String> names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (name != null && column(name) == null) {
                missing.add(table + "." + name);
            }
        }
        return missing;
    }

    /** Whether some unique key (or the primary key) consists of exactly these columns. */
    public boolean uniqueOn(List<String> keyColumns) {
        Set<String> wanted = new HashSet<>();
        keyColumns.forEach(c -> wanted.add(c.toLowerCase(Locale.ROOT)));
        return uniqueKeys.stream().anyMatch(wanted::equals);
    }

    /** A validated identifier, back-quoted (MySQL/MariaDB); a schema-qualified table becomes `schema`.`table`. */
    public static String quote(String identifier) {
        StringBuilder quoted = new StringBuilder();
        for (String part : identifier.split("\\.", -1)) {
            if (!IDENTIFIER.matcher(part).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + identifier);
            }
            if (!quoted.isEmpty()) {
                quoted.append('.');
            }
            quoted.append('`').append(part).append('`');
        }
        return quoted.toString();
    }
}
