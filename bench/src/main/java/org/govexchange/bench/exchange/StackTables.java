package org.govexchange.bench.exchange;

import static org.govexchange.bench.exchange.ExchangeThroughputBench.POPULATION;
import static org.govexchange.bench.exchange.ExchangeThroughputBench.SOURCE;
import static org.govexchange.bench.exchange.ExchangeThroughputBench.TARGET;
import static org.govexchange.bench.exchange.ExchangeThroughputBench.WANTED_COLUMNS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** What exchange-throughput reads of the stack's tables: which exist, free division codes, counts and checksums. */
final class StackTables {

    private StackTables() {}

    /** Why the population figure cannot be measured on this stack; null when it can. */
    static String populationMissing(Connection db) throws SQLException {
        try (ResultSet rs = db.getMetaData().getColumns("gx_population", null, "person", "id_number")) {
            return rs.next() ? null : POPULATION + " does not exist: is population-db-service part of the stack?";
        }
    }

    record Checksum(long count, long crcSum) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d rows / crc %d", count, crcSum);
        }
    }

    static Checksum checksum(Connection db, String table, String like) throws SQLException {
        String sql =
                "SELECT COUNT(*), COALESCE(SUM(CRC32(CONCAT_WS('|', id_number, DATE_FORMAT(birth_date, '%Y-%m-%d'),"
                        + " COALESCE(residence_address, '')))), 0) FROM " + table + " WHERE id_number LIKE ?";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Checksum(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /** Rows whose name reached the subscriber unmasked (the grant leaves name masked: expect 0). */
    static long plainNames(Connection db, String like) throws SQLException {
        String sql = "SELECT COUNT(*) FROM " + TARGET + " t JOIN " + SOURCE + " s ON s.id_number = t.id_number"
                + " WHERE t.id_number LIKE ? AND t.name = s.name";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, like);
            return single(s);
        }
    }

    /** The wanted columns the source table has (ethnicity is optional). */
    static List<String> columns(Connection db) throws SQLException {
        List<String> present = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getColumns("dept_psb", null, "resident", null)) {
            while (rs.next()) {
                present.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (present.isEmpty()) {
            throw new IllegalStateException(SOURCE + " does not exist: is the local stack up?");
        }
        return WANTED_COLUMNS.stream().filter(present::contains).toList();
    }

    /**
     * A division code 35xxxx with no rows in the source yet, nor in the population database (whose bulk-loaded
     * residents carry real Fujian codes), so this run's rows are counted alone.
     */
    static String freeDivision(Connection db) throws SQLException {
        String sql = "SELECT COUNT(*) n FROM " + SOURCE + " WHERE id_number LIKE ?";
        int tables = 1;
        if (populationMissing(db) == null) {
            sql += " UNION ALL SELECT COUNT(*) n FROM " + POPULATION + " WHERE id_number LIKE ?";
            tables = 2;
        }
        try (PreparedStatement s = db.prepareStatement("SELECT SUM(n) FROM (" + sql + ") counts")) {
            for (int attempt = 0; attempt < 50; attempt++) {
                String code = String.format(
                        Locale.ROOT, "35%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
                for (int i = 1; i <= tables; i++) {
                    s.setString(i, code + "%");
                }
                if (single(s) == 0) {
                    return code;
                }
            }
        }
        throw new IllegalStateException("no free division code 35xxxx in " + SOURCE + " and " + POPULATION);
    }

    static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
