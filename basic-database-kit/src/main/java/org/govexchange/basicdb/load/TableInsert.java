package org.govexchange.basicdb.load;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * How generated rows go into one table.
 *
 * @param table the table, e.g. {@code person}
 * @param columns the column list, e.g. {@code (id_number, name, ...)}
 * @param binder sets the parameters of one generated row and adds them to the batch (as often as the row
 *     has entries in this table)
 */
public record TableInsert<T>(String table, String columns, Binder<T> binder) {

    /** The statement for {@code verb} ({@code INSERT}, {@code INSERT IGNORE}) into {@code target}. */
    String sql(String verb, String target) {
        // One placeholder per listed column.
        long parameters = columns.chars().filter(c -> c == ',').count() + 1;
        return verb + " INTO " + target + " " + columns + " VALUES (" + "?, ".repeat((int) parameters - 1) + "?)";
    }

    @FunctionalInterface
    public interface Binder<T> {
        /** {@code now}: the load's timestamp, as MyBatis writes LocalDateTime (wall clock, UTC). */
        void add(PreparedStatement insert, T row, LocalDateTime now) throws SQLException;
    }
}
